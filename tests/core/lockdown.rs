//! The window's lockdown, read from the project's own files: a strict Content Security
//! Policy, one configured window, one capability per window (the main window: exactly the
//! app's commands plus the plugin permissions listed here on purpose; the quick-log window
//! made from Rust: only saving a pain entry, the link suggestion and closing itself), the
//! same list in build.rs, capabilities and generate_handler!, and no fs, shell, http or sql
//! plugin anywhere in the build. Each checker is also run on a loosened copy, to show it
//! catches the loosening.

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Plugin permissions the webview is granted on purpose (reminder events from the shell).
const ALLOWED_PLUGIN_PERMISSIONS: &[&str] =
    &["core:event:allow-listen", "core:event:allow-unlisten"];

/// The capability files: each names one window, and what it may grant (`None`: any
/// command build.rs lists and the allowed plugin permissions; `Some`: only these commands).
const CAPABILITIES: &[(&str, &str, Option<&[&str]>)] = &[
    ("default.json", "main", None),
    (
        "quick-log.json",
        "quick-log",
        Some(&["add_pain", "suggest_link", "close_quick_log", "ui_locale"]),
    ),
];

/// Crates that would give the webview (or the app) file, shell, network or SQL access.
const FORBIDDEN_CRATES: &[&str] = &[
    "tauri-plugin-fs",
    "tauri-plugin-shell",
    "tauri-plugin-http",
    "tauri-plugin-sql",
    "tauri-plugin-upload",
    "tauri-plugin-websocket",
    "tauri-plugin-updater",
    "tauri-plugin-persisted-scope",
    "tauri-plugin-store",
];

fn root() -> PathBuf {
    PathBuf::from(crate::support::ROOT)
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn json(path: &str) -> Value {
    serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("{path} is JSON: {e}"))
}

/// Problems with a Content Security Policy (empty = strict enough).
fn csp_problems(csp: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let directives: Vec<(String, Vec<String>)> = csp
        .split(';')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(|d| {
            let mut parts = d.split_whitespace().map(String::from);
            let name = parts.next().unwrap_or_default().to_ascii_lowercase();
            (name, parts.collect())
        })
        .collect();
    let get = |name: &str| {
        directives
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    };
    if get("default-src") != Some(vec!["'self'".into()]) {
        problems.push("default-src must be exactly 'self'".into());
    }
    for (name, want) in [("frame-src", "'none'"), ("object-src", "'none'")] {
        if get(name) != Some(vec![want.into()]) {
            problems.push(format!("{name} must be {want}"));
        }
    }
    for (name, sources) in &directives {
        for s in sources {
            let lower = s.to_ascii_lowercase();
            let allowed = match lower.as_str() {
                "'self'" | "'none'" => true,
                "data:" => name == "img-src",
                "ipc:" | "http://ipc.localhost" => name == "connect-src",
                _ => false,
            };
            if !allowed {
                problems.push(format!("{name} allows {s}"));
            }
        }
    }
    problems
}

/// Problems with tauri.conf.json's app section.
fn conf_problems(conf: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let app = &conf["app"];
    let windows = app["windows"].as_array().map(Vec::len).unwrap_or(0);
    if windows != 1 {
        problems.push(format!("exactly one window, found {windows}"));
    }
    if app["withGlobalTauri"].as_bool() != Some(false) {
        problems.push("withGlobalTauri must be false".into());
    }
    let security = &app["security"];
    match security["csp"].as_str() {
        Some(csp) => problems.extend(csp_problems(csp)),
        None => problems.push("a CSP string must be set".into()),
    }
    if let Some(dev) = security.get("devCsp").and_then(Value::as_str) {
        problems.extend(
            csp_problems(dev)
                .into_iter()
                .map(|p| format!("devCsp: {p}")),
        );
    }
    if security["dangerousDisableAssetCspModification"]
        .as_bool()
        .unwrap_or(false)
    {
        problems.push("dangerousDisableAssetCspModification must stay false".into());
    }
    if security["assetProtocol"]["enable"]
        .as_bool()
        .unwrap_or(false)
    {
        problems.push("the asset protocol (files by path) must stay off".into());
    }
    if !security["capabilities"].is_null() {
        problems.push("capabilities are defined only in src-tauri/capabilities/".into());
    }
    for w in app["windows"].as_array().into_iter().flatten() {
        if w.get("url")
            .and_then(Value::as_str)
            .is_some_and(|u| u.contains("://"))
        {
            problems.push("the window must load the bundled app, not a URL".into());
        }
    }
    problems
}

/// Problems with the capability files, given the command list of build.rs.
fn capability_problems(files: &[(String, Value)], commands: &BTreeSet<String>) -> Vec<String> {
    let mut problems = Vec::new();
    if files.len() != CAPABILITIES.len() {
        problems.push(format!(
            "exactly {} capability files, found {}",
            CAPABILITIES.len(),
            files.len()
        ));
    }
    let mut granted = BTreeSet::new();
    for (name, cap) in files {
        let Some((_, window, only)) = CAPABILITIES.iter().find(|(file, _, _)| file == name) else {
            problems.push(format!("{name}: not a known capability file"));
            continue;
        };
        if cap["windows"] != serde_json::json!([window]) {
            problems.push(format!("{name}: must apply to the {window} window only"));
        }
        if !cap["remote"].is_null() {
            problems.push(format!("{name}: no remote URLs may use the app's commands"));
        }
        if !cap["webviews"].is_null() {
            problems.push(format!("{name}: no extra webviews"));
        }
        for p in cap["permissions"].as_array().into_iter().flatten() {
            let Some(p) = p.as_str() else {
                problems.push(format!("{name}: scoped permission objects are not allowed"));
                continue;
            };
            if let (Some(only), Some(cmd)) = (only, p.strip_prefix("allow-")) {
                if !only.contains(&cmd.replace('-', "_").as_str()) {
                    problems.push(format!(
                        "{name}: {p} is more than the {window} window needs"
                    ));
                }
            }
            if p.contains(':') {
                if only.is_some() {
                    problems.push(format!(
                        "{name}: the {window} window gets no plugin permission ({p})"
                    ));
                } else if !ALLOWED_PLUGIN_PERMISSIONS.contains(&p) {
                    problems.push(format!(
                        "{name}: plugin permission {p} is not on the allowed list"
                    ));
                }
            } else if let Some(cmd) = p.strip_prefix("allow-") {
                let cmd = cmd.replace('-', "_");
                if !commands.contains(&cmd) {
                    problems.push(format!(
                        "{name}: {p} grants a command build.rs does not list"
                    ));
                }
                granted.insert(cmd);
            } else {
                problems.push(format!("{name}: {p} is not an allow-<command> permission"));
            }
        }
    }
    for cmd in commands {
        if !granted.contains(cmd) {
            problems.push(format!("build.rs lists {cmd} but no capability grants it"));
        }
    }
    problems
}

/// The quoted names in build.rs's COMMANDS list.
fn build_commands(build_rs: &str) -> BTreeSet<String> {
    let start = build_rs.find("COMMANDS").expect("build.rs has COMMANDS");
    let body = &build_rs[start..];
    let list = &body[body.find("= &[").unwrap() + 4..body.find("];").unwrap()];
    list.split(',')
        .map(|s| s.trim().trim_matches('"').to_string())
        .filter(|s| !s.is_empty() && !s.starts_with("//"))
        .collect()
}

/// The function names registered in lib.rs's generate_handler!.
fn handler_commands(lib_rs: &str) -> BTreeSet<String> {
    let start = lib_rs
        .find("generate_handler![")
        .expect("lib.rs registers commands");
    let body = &lib_rs[start + "generate_handler![".len()..];
    let list = &body[..body.find(']').unwrap()];
    list.split(',')
        .map(|s| s.trim().rsplit("::").next().unwrap_or("").to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Forbidden crates named as dependencies in a Cargo.toml text.
fn forbidden_crates(text: &str) -> Vec<String> {
    FORBIDDEN_CRATES
        .iter()
        .filter(|c| {
            text.lines().any(|l| {
                let l = l.trim();
                l.starts_with(&format!("{c} ")) || l.starts_with(&format!("{c}="))
            })
        })
        .map(|c| c.to_string())
        .collect()
}

/// Crates a forbidden plugin may be linked into as a library (its types only, never
/// registered with the app): the dialog plugin uses the fs plugin's path types.
const LIBRARY_ONLY_USERS: &[(&str, &str)] = &[("tauri-plugin-fs", "tauri-plugin-dialog")];

/// Forbidden crates in a Cargo.lock that a package other than an allowed library-only
/// user depends on (i.e. that the app itself pulls in).
fn forbidden_in_lock(lock: &str) -> Vec<String> {
    let mut packages: Vec<(String, Vec<String>)> = Vec::new();
    for block in lock.split("[[package]]").skip(1) {
        let name = block
            .lines()
            .find_map(|l| l.trim().strip_prefix("name = \""))
            .map(|n| n.trim_end_matches('"').to_string())
            .unwrap_or_default();
        let deps = block
            .split("dependencies = [")
            .nth(1)
            .map(|d| {
                d.split(']')
                    .next()
                    .unwrap_or("")
                    .split(',')
                    .map(|x| {
                        let x = x.trim().trim_matches('"');
                        x.split(' ').next().unwrap_or("").to_string()
                    })
                    .filter(|x| !x.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        packages.push((name, deps));
    }
    let mut found = Vec::new();
    for c in FORBIDDEN_CRATES {
        let present = packages.iter().any(|(n, _)| n == c);
        let users: Vec<&String> = packages
            .iter()
            .filter(|(_, deps)| deps.iter().any(|d| d == c))
            .map(|(n, _)| n)
            .collect();
        let unexpected = users
            .iter()
            .any(|u| !LIBRARY_ONLY_USERS.contains(&(c, u.as_str())));
        if present && (users.is_empty() || unexpected) {
            found.push(c.to_string());
        }
    }
    found
}

/// Capability files as (name, parsed JSON).
type Caps = Vec<(String, Value)>;

fn capability_files() -> Caps {
    let dir = root().join("src-tauri/capabilities");
    let mut files: Vec<(String, Value)> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("json" | "toml" | "json5")
            )
        })
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).unwrap();
            let value = serde_json::from_str(&text).unwrap_or(Value::Null);
            (name, value)
        })
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

#[test]
fn the_csp_is_strict() {
    let conf = json("tauri.conf.json");
    let problems = conf_problems(&conf);
    assert!(
        problems.is_empty(),
        "tauri.conf.json loosened: {problems:#?}"
    );
}

#[test]
fn one_capability_grants_exactly_the_apps_commands() {
    let commands = build_commands(&read("src-tauri/build.rs"));
    assert!(
        commands.len() > 20,
        "build.rs lists the commands: {commands:?}"
    );
    let problems = capability_problems(&capability_files(), &commands);
    assert!(problems.is_empty(), "capabilities loosened: {problems:#?}");
    let registered = handler_commands(&read("src-tauri/src/lib.rs"));
    assert_eq!(
        registered, commands,
        "generate_handler! and build.rs list the same commands"
    );
    assert!(
        read("src-tauri/build.rs").contains("AppManifest::new().commands(COMMANDS)"),
        "commands need a permission (AppManifest), so an ungranted one is denied"
    );
}

#[test]
fn the_quick_log_window_loads_the_bundled_app_with_its_own_capability() {
    let windows = read("src-tauri/src/windows.rs");
    assert!(
        windows.contains("WebviewUrl::App(\"index.html#quick-log\".into())"),
        "quick log loads the bundled page"
    );
    assert!(
        !windows.contains("WebviewUrl::External")
            && !windows.contains("WebviewUrl::CustomProtocol"),
        "no window loads a remote or custom address"
    );
    assert!(
        windows.contains("pub const QUICK_LOG: &str = \"quick-log\";"),
        "the label the capability names"
    );
    let files = capability_files();
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["default.json", "quick-log.json"]);
}

#[test]
fn no_fs_shell_http_or_sql_plugin_is_built_or_used() {
    for file in [
        "Cargo.toml",
        "src-tauri/crates/domain/Cargo.toml",
        "src-tauri/crates/app/Cargo.toml",
        "src-tauri/core/Cargo.toml",
        "src-tauri/cli/Cargo.toml",
        "tests/Cargo.toml",
    ] {
        let found = forbidden_crates(&read(file));
        assert!(found.is_empty(), "{file} depends on {found:?}");
    }
    let found = forbidden_in_lock(&read("Cargo.lock"));
    assert!(found.is_empty(), "Cargo.lock: the app pulls in {found:?}");
    // The fs plugin's code is linked (for the dialog plugin's path types) but never
    // registered: the app's builder adds no such plugin.
    let lib = read("src-tauri/src/lib.rs");
    for c in FORBIDDEN_CRATES {
        let module = c.replace('-', "_");
        assert!(!lib.contains(&module), "src-tauri/src/lib.rs registers {c}");
    }
    let ui: Value = json("ui/package.json");
    for section in ["dependencies", "devDependencies"] {
        for (name, _) in ui[section].as_object().into_iter().flatten() {
            assert!(
                !name.starts_with("@tauri-apps/plugin-"),
                "ui/package.json: {name} would give the window plugin APIs"
            );
        }
    }
}

#[test]
fn the_checks_catch_each_loosening() {
    let conf = json("tauri.conf.json");
    let loosen = |edit: &dyn Fn(&mut Value)| {
        let mut c = conf.clone();
        edit(&mut c);
        conf_problems(&c)
    };
    let csp = conf["app"]["security"]["csp"].as_str().unwrap().to_string();
    let cases: Vec<(&str, Vec<String>)> = vec![
        (
            "unsafe-inline script",
            loosen(&|c| {
                c["app"]["security"]["csp"] = csp
                    .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
                    .into()
            }),
        ),
        (
            "unsafe-eval",
            loosen(&|c| {
                c["app"]["security"]["csp"] = csp
                    .replace("script-src 'self'", "script-src 'self' 'unsafe-eval'")
                    .into()
            }),
        ),
        (
            "remote source",
            loosen(&|c| {
                c["app"]["security"]["csp"] = csp
                    .replace(
                        "img-src 'self' data:",
                        "img-src 'self' data: https://cdn.example.org",
                    )
                    .into()
            }),
        ),
        (
            "frames allowed",
            loosen(&|c| {
                c["app"]["security"]["csp"] =
                    csp.replace("frame-src 'none'", "frame-src 'self'").into()
            }),
        ),
        (
            "no CSP",
            loosen(&|c| c["app"]["security"]["csp"] = Value::Null),
        ),
        (
            "second window",
            loosen(&|c| {
                let w = c["app"]["windows"][0].clone();
                c["app"]["windows"].as_array_mut().unwrap().push(w);
            }),
        ),
        (
            "global Tauri",
            loosen(&|c| c["app"]["withGlobalTauri"] = true.into()),
        ),
        (
            "asset protocol",
            loosen(&|c| {
                c["app"]["security"]["assetProtocol"] = serde_json::json!({"enable": true})
            }),
        ),
    ];
    for (what, problems) in cases {
        assert!(!problems.is_empty(), "{what} must be caught");
    }

    let commands = build_commands(&read("src-tauri/build.rs"));
    let files = capability_files();
    let with = |edit: &dyn Fn(&mut Caps)| {
        let mut f = files.clone();
        edit(&mut f);
        capability_problems(&f, &commands)
    };
    let push = |perm: &'static str| {
        move |f: &mut Caps| {
            f[0].1["permissions"]
                .as_array_mut()
                .unwrap()
                .push(perm.into())
        }
    };
    let cap_cases: Vec<(&str, Vec<String>)> = vec![
        ("fs plugin permission", with(&push("fs:default"))),
        ("shell permission", with(&push("shell:allow-open"))),
        ("core:default", with(&push("core:default"))),
        (
            "a command build.rs does not list",
            with(&push("allow-read-any-file")),
        ),
        (
            "second capability",
            with(&|f| {
                let c = f[0].1.clone();
                f.push(("extra.json".into(), c))
            }),
        ),
        (
            "remote URLs",
            with(&|f| f[0].1["remote"] = serde_json::json!({"urls": ["https://*"]})),
        ),
        (
            "every window",
            with(&|f| f[0].1["windows"] = serde_json::json!(["*"])),
        ),
        (
            "quick log granted the timeline",
            with(&|f| {
                f[1].1["permissions"]
                    .as_array_mut()
                    .unwrap()
                    .push("allow-timeline".into())
            }),
        ),
        (
            "quick log granted events",
            with(&|f| {
                f[1].1["permissions"]
                    .as_array_mut()
                    .unwrap()
                    .push("core:event:allow-listen".into())
            }),
        ),
        (
            "quick log's grants applied to the main window",
            with(&|f| f[1].1["windows"] = serde_json::json!(["main", "quick-log"])),
        ),
    ];
    for (what, problems) in cap_cases {
        assert!(!problems.is_empty(), "{what} must be caught");
    }
    let lock = "[[package]]\nname = \"backstory\"\ndependencies = [\n \"tauri-plugin-fs\",\n]\n\n[[package]]\nname = \"tauri-plugin-fs\"\n";
    assert_eq!(
        forbidden_in_lock(lock),
        vec!["tauri-plugin-fs"],
        "the app depending on a forbidden plugin is caught in Cargo.lock"
    );
    let via_dialog = lock.replace("name = \"backstory\"", "name = \"tauri-plugin-dialog\"");
    assert!(
        forbidden_in_lock(&via_dialog).is_empty(),
        "the dialog plugin's library use of the fs plugin is allowed"
    );
    assert_eq!(
        forbidden_crates("[dependencies]\ntauri-plugin-shell = \"2\"\n"),
        vec!["tauri-plugin-shell"],
        "a forbidden plugin in Cargo.toml is caught"
    );
}
