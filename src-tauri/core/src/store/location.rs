//! Where the data folder lives. SQLite's WAL mode needs shared memory and byte-range locks
//! that network file systems do not honour reliably, and sync clients (Dropbox, OneDrive,
//! Google Drive, iCloud...) copy `journal.db` and `journal.db-wal` separately, which can
//! lose or corrupt entries. The app warns (it does not refuse) when the folder is on one.
//!
//! On Linux the file-system type comes from `/proc/self/mountinfo` (the kernel's name for
//! the mount holding the folder, e.g. `nfs4`, `cifs`, `fuse.sshfs`), which is what statfs's
//! `f_type` gives plus the FUSE subtype; on every system the path is checked for the folder
//! names sync clients use.

use crate::i18n::{args, tr_with};
use serde::Serialize;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// Why the data folder is risky.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum StorageRisk {
    /// A network file system (NFS, SMB/CIFS, SSHFS, WebDAV...).
    Network,
    /// A folder a cloud sync client copies (Dropbox, OneDrive, Google Drive, iCloud...).
    CloudSync,
}

/// A warning to show about the data folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct StorageWarning {
    pub risk: StorageRisk,
    /// What was recognised: the file-system type or the sync folder's name.
    pub detail: String,
    pub message: String,
}

/// File-system types (as in /proc/self/mountinfo) that are network file systems.
const NETWORK_FS: &[&str] = &[
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "ncpfs",
    "afs",
    "coda",
    "ceph",
    "glusterfs",
    "lustre",
    "davfs",
    "fuse.sshfs",
    "fuse.rclone",
    "fuse.s3fs",
    "fuse.gcsfuse",
    "fuse.davfs2",
    "fuse.gvfsd-fuse",
    "fuse.onedriver",
    "fuse.google-drive-ocamlfuse",
    "fuse.glusterfs",
    "fuse.cephfs",
];

/// Folder names (path components, case-insensitive, as a prefix) that sync clients use.
const SYNC_FOLDERS: &[&str] = &[
    "dropbox",
    "onedrive",
    "google drive",
    "googledrive",
    "my drive",
    "icloud drive",
    "iclouddrive",
    "mobile documents",
    "com~apple~clouddocs",
    "nextcloud",
    "owncloud",
    "pcloud drive",
    "box sync",
    "mega",
    "seafile",
];

/// Is this file-system type a network one?
pub fn is_network_fs(fs_type: &str) -> bool {
    let t = fs_type.to_ascii_lowercase();
    NETWORK_FS.contains(&t.as_str())
}

/// The sync client folder named in `path`, if any.
pub fn sync_folder_in(path: &Path) -> Option<String> {
    path.components().find_map(|c| {
        let name = c.as_os_str().to_string_lossy();
        let lower = name.to_lowercase();
        SYNC_FOLDERS
            .iter()
            .any(|f| {
                lower == *f
                    || lower.starts_with(&format!("{f} "))
                    || lower.starts_with(&format!("{f}-"))
            })
            .then(|| name.into_owned())
    })
}

/// The file-system type of the mount holding `path`, from mountinfo text (the longest
/// mount point that is a prefix of the path wins).
pub fn fs_type_from_mountinfo(mountinfo: &str, path: &Path) -> Option<String> {
    let mut best: Option<(usize, String)> = None;
    for line in mountinfo.lines() {
        // "36 35 98:0 /mnt1 /mnt/point rw,noatime master:1 - ext3 /dev/root rw,errors=continue"
        let Some((left, right)) = line.split_once(" - ") else {
            continue;
        };
        let Some(mount_point) = left.split(' ').nth(4) else {
            continue;
        };
        let Some(fs_type) = right.split(' ').next() else {
            continue;
        };
        let mount_point = unescape_mount(mount_point);
        if path.starts_with(&mount_point) {
            let depth = Path::new(&mount_point).components().count();
            if best.as_ref().is_none_or(|(d, _)| depth >= *d) {
                best = Some((depth, fs_type.to_string()));
            }
        }
    }
    best.map(|(_, t)| t)
}

/// mountinfo escapes space, tab, newline and backslash as octal (`\040`).
fn unescape_mount(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\\' && i + 4 <= bytes.len() {
            let digits = &bytes[i + 1..i + 4];
            if digits.iter().all(|d| (b'0'..=b'7').contains(d)) {
                let value = digits
                    .iter()
                    .fold(0u32, |acc, d| acc * 8 + u32::from(d - b'0'));
                if let Ok(v) = u8::try_from(value) {
                    out.push(v);
                    i += 4;
                    continue;
                }
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The nearest existing folder at or above `path`, with symlinks resolved.
fn existing_ancestor(path: &Path) -> PathBuf {
    let mut current = Some(path);
    while let Some(p) = current {
        if let Ok(real) = p.canonicalize() {
            return real;
        }
        current = p.parent();
    }
    path.to_path_buf()
}

/// Classifies a data folder from its resolved path and its file-system type.
pub fn classify(path: &Path, fs_type: Option<&str>) -> Option<StorageWarning> {
    if let Some(t) = fs_type.filter(|t| is_network_fs(t)) {
        return Some(StorageWarning {
            risk: StorageRisk::Network,
            detail: t.to_string(),
            message: tr_with("error-storage-network-drive", &args([("name", t.into())])),
        });
    }
    sync_folder_in(path).map(|name| StorageWarning {
        risk: StorageRisk::CloudSync,
        detail: name.clone(),
        message: tr_with(
            "error-storage-sync-folder",
            &args([("name", name.as_str().into())]),
        ),
    })
}

/// A warning for the data folder, or None when it is on a local disk.
pub fn storage_warning(data_dir: &Path) -> Option<StorageWarning> {
    let real = existing_ancestor(data_dir);
    let fs_type = if cfg!(target_os = "linux") {
        std::fs::read_to_string("/proc/self/mountinfo")
            .ok()
            .and_then(|text| fs_type_from_mountinfo(&text, &real))
    } else {
        None
    };
    classify(&real, fs_type.as_deref()).or_else(|| classify(data_dir, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MOUNTINFO: &str = "\
22 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw
40 22 0:35 / /home/ana/net rw - nfs4 server:/export rw,vers=4.2
41 22 0:36 / /home/ana/box rw - fuse.sshfs ana@host:/ rw
42 22 0:37 / /home/ana/My\\040Files rw - cifs //nas/files rw
43 22 0:38 / /home/ana/vault rw - fuse.gocryptfs /home/ana/.vault rw
";

    #[test]
    fn the_longest_mount_point_decides_the_type() {
        let cases = [
            ("/home/ana/journal", "ext4"),
            ("/home/ana/net/backstory", "nfs4"),
            ("/home/ana/box/x", "fuse.sshfs"),
            ("/home/ana/My Files/b", "cifs"),
            ("/home/ana/vault/b", "fuse.gocryptfs"),
            ("/home/ana/network", "ext4"),
        ];
        for (path, want) in cases {
            assert_eq!(
                fs_type_from_mountinfo(MOUNTINFO, Path::new(path)).as_deref(),
                Some(want),
                "{path} should be on {want}"
            );
        }
    }

    #[test]
    fn network_and_sync_folders_are_recognised_and_local_ones_are_not() {
        let cases: [(&str, Option<&str>, Option<StorageRisk>); 10] = [
            ("/home/ana/.local/share/app", Some("ext4"), None),
            ("/home/ana/.local/share/app", Some("btrfs"), None),
            ("/mnt/share/app", Some("nfs"), Some(StorageRisk::Network)),
            ("/mnt/share/app", Some("cifs"), Some(StorageRisk::Network)),
            (
                "/mnt/share/app",
                Some("fuse.sshfs"),
                Some(StorageRisk::Network),
            ),
            ("/home/ana/vault/app", Some("fuse.gocryptfs"), None),
            (
                "/home/ana/Dropbox/journal",
                Some("ext4"),
                Some(StorageRisk::CloudSync),
            ),
            (
                "/home/ana/OneDrive - Contoso/j",
                Some("ext4"),
                Some(StorageRisk::CloudSync),
            ),
            (
                "/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/j",
                None,
                Some(StorageRisk::CloudSync),
            ),
            (
                "/home/ana/Google Drive/j",
                None,
                Some(StorageRisk::CloudSync),
            ),
        ];
        for (path, fs, want) in cases {
            assert_eq!(
                classify(Path::new(path), fs).map(|w| w.risk),
                want,
                "{path} on {fs:?}"
            );
        }
    }

    #[test]
    fn the_usual_network_file_systems_are_all_recognised() {
        for fs in [
            "nfs",
            "nfs4",
            "cifs",
            "smb3",
            "smbfs",
            "fuse.sshfs",
            "fuse.rclone",
            "davfs",
            "fuse.gvfsd-fuse",
            "ceph",
            "glusterfs",
            "afs",
        ] {
            assert!(is_network_fs(fs), "{fs} is a network file system");
        }
        for fs in [
            "ext4",
            "btrfs",
            "xfs",
            "zfs",
            "tmpfs",
            "overlay",
            "fuse.gocryptfs",
            "vfat",
            "ntfs3",
        ] {
            assert!(!is_network_fs(fs), "{fs} is local");
        }
    }

    #[test]
    fn a_temporary_folder_on_this_machine_gets_no_warning() {
        let dir = std::env::temp_dir().join("backstory-location-test-not-created");
        assert_eq!(storage_warning(&dir), None, "local temp folder is fine");
    }
}
