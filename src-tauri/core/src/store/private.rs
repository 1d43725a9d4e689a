//! Private files. On a shared computer the process umask (usually 022) would leave the
//! journal, its backups and exports readable by every other account, so everything
//! Backstory writes is created owner-only whatever the umask: folders 0700, files 0600.
//! SQLite creates `-wal` and `-shm` itself with the main file's permissions, so creating
//! the main file 0600 first is what keeps those private too. An existing data folder with
//! looser permissions is repaired when the journal opens, and the repair is reported once.
//! On Windows files inherit the ACL of the user's profile folder (see docs/security.md);
//! these functions only create there.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::Path;

/// Owner read/write/search for folders.
pub const DIR_MODE: u32 = 0o700;
/// Owner read/write for files.
pub const FILE_MODE: u32 = 0o600;

/// Creates `dir` (and missing parents) and makes it owner-only.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        if !dir.is_dir() {
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(DIR_MODE)
                .create(dir)?;
        }
        set_mode(dir, DIR_MODE)
    }
    #[cfg(not(unix))]
    {
        std::fs::create_dir_all(dir)
    }
}

/// Creates (or truncates) a file readable and writable by its owner only.
pub fn create_private_file(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(FILE_MODE);
    }
    let file = options.open(path)?;
    // `mode` applies only when the file is created; an existing one is tightened here.
    make_private(path)?;
    Ok(file)
}

/// Makes an existing file owner-only (a copy, or a file SQLite created).
pub fn make_private(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        set_mode(path, FILE_MODE)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        Ok(())
    }
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let current = std::fs::metadata(path)?.permissions().mode() & 0o777;
    if current != mode {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))?;
    }
    Ok(())
}

/// The permission bits of `path` (Unix), for tests and the start-up repair.
#[cfg(unix)]
pub fn mode_of(path: &Path) -> io::Result<u32> {
    use std::os::unix::fs::PermissionsExt;
    Ok(std::fs::metadata(path)?.permissions().mode() & 0o777)
}

/// Makes an existing data folder owner-only: the folder and its `backups` folder 0700,
/// every file directly in them 0600. Returns how many items were tightened (0: nothing
/// was open to others). Symlinks are left alone; a missing folder is not an error.
pub fn repair_data_dir(dir: &Path) -> io::Result<usize> {
    #[cfg(unix)]
    {
        let mut repaired = 0;
        let mut fix = |path: &Path, mode: u32| -> io::Result<()> {
            let meta = std::fs::symlink_metadata(path)?;
            if meta.file_type().is_symlink() {
                return Ok(());
            }
            if mode_of(path)? & 0o077 != 0 {
                set_mode(path, mode)?;
                repaired += 1;
            }
            Ok(())
        };
        if !dir.is_dir() {
            return Ok(0);
        }
        fix(dir, DIR_MODE)?;
        let backups = dir.join(super::backups::BACKUP_DIR);
        for folder in [dir, backups.as_path()] {
            let Ok(entries) = std::fs::read_dir(folder) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                let Ok(kind) = entry.file_type() else {
                    continue;
                };
                if kind.is_file() {
                    fix(&path, FILE_MODE)?;
                } else if kind.is_dir() && path == backups {
                    fix(&path, DIR_MODE)?;
                }
            }
        }
        Ok(repaired)
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(0)
    }
}
