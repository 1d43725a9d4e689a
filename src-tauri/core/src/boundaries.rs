//! Guards for the core's shape, checked by reading its own source: every SQL statement
//! lives under `store/`; `store/` imports nothing above it (rules, guide, insights,
//! exchange, reminders); no two modules import each other, directly or around a circle;
//! no type has more than [`MAX_PUBLIC_METHODS`] public methods. A
//! plain text scan, so it needs no parser and fails with the list of offenders.
//!
//! Set `BACKSTORY_CORE_SRC` to check another copy of `src/` (an older commit, say).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The most public methods one type may have (`Journal` and each handle included).
pub const MAX_PUBLIC_METHODS: usize = 15;

/// Database calls (and handles on the database) that only the store may make.
const SQL_CALLS: [&str; 9] = [
    ".prepare(",
    ".prepare_cached(",
    ".execute(",
    "query_row",
    "query_map",
    "execute_batch",
    "transaction(",
    "rusqlite::Connection",
    "rusqlite::Transaction",
];

/// Files whose SQL has not moved into the store yet (issue 13): none. A file that makes a
/// database call outside the store fails the test.
const SQL_NOT_YET_MOVED: [&str; 0] = [];

/// Modules the store must not reach into (they are built on top of it).
const ABOVE_THE_STORE: [&str; 9] = [
    "crate::exchange",
    "crate::experiments",
    "crate::outcomes",
    "crate::guide",
    "crate::rules",
    "crate::insights",
    "crate::reminders",
    "crate::handles",
    "crate::demo",
];

/// Every `.rs` file under `root`, as (path relative to root with `/`, text).
fn sources(root: &Path) -> Vec<(String, String)> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .expect("source folder is readable")
            .map(|e| e.expect("source entry").path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(root).expect("under root");
                let rel = rel.to_string_lossy().replace('\\', "/");
                let text = std::fs::read_to_string(&path).expect("source is UTF-8");
                out.push((rel, text));
            }
        }
    }
    let mut out = Vec::new();
    walk(root, root, &mut out);
    out
}

fn source_root() -> PathBuf {
    std::env::var_os("BACKSTORY_CORE_SRC")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
}

/// The text of a line with any `//` comment cut off (doc comments may name SQL calls).
fn code_of(line: &str) -> &str {
    match line.find("//") {
        Some(i) => &line[..i],
        None => line,
    }
}

/// The lines of a file before its `#[cfg(test)] mod ...` (tests may inspect anything).
fn shipped_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let lines: Vec<&str> = text.lines().collect();
    let end = lines
        .windows(2)
        .position(|w| {
            let item = w[1].trim_start();
            w[0].trim() == "#[cfg(test)]"
                && (item.starts_with("mod ") || item.starts_with("pub(crate) mod "))
        })
        .unwrap_or(lines.len());
    lines.into_iter().take(end).enumerate()
}

/// `file:line: text` for each SQL call outside `store/` (this file excepted: it names them;
/// and the files in `allowed`).
pub fn sql_outside_store(files: &[(String, String)], allowed: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for (path, text) in files {
        if path.starts_with("store/") || path == "boundaries.rs" || allowed.contains(&path.as_str())
        {
            continue;
        }
        for (n, line) in shipped_lines(text) {
            let code = code_of(line);
            if SQL_CALLS.iter().any(|call| code.contains(call)) {
                found.push(format!("{path}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    found
}

/// `file:line: text` for each path from `store/` into a module built on top of it.
pub fn store_imports_upward(files: &[(String, String)]) -> Vec<String> {
    let mut found = Vec::new();
    for (path, text) in files {
        if !path.starts_with("store/") {
            continue;
        }
        for (n, line) in shipped_lines(text) {
            let code = code_of(line);
            if ABOVE_THE_STORE.iter().any(|m| code.contains(m)) {
                found.push(format!("{path}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    found
}

/// The core's top-level module a file belongs to (`store/entries.rs` → `store`,
/// `labels.rs` → `labels`); `None` for the crate root and this file.
fn module_of(path: &str) -> Option<&str> {
    let first = path.split('/').next()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (name != "lib" && name != "boundaries").then_some(name)
}

/// Which top-level modules each module names through `crate::` in shipped code (tests
/// may reach anywhere).
pub fn module_imports(
    files: &[(String, String)],
) -> BTreeMap<String, std::collections::BTreeSet<String>> {
    let mut edges: BTreeMap<String, std::collections::BTreeSet<String>> = BTreeMap::new();
    for (path, text) in files {
        let Some(from) = module_of(path) else {
            continue;
        };
        let targets = edges.entry(from.to_string()).or_default();
        for (_, line) in shipped_lines(text) {
            for (i, _) in code_of(line).match_indices("crate::") {
                let rest = &code_of(line)[i + "crate::".len()..];
                let to: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !to.is_empty()
                    && to != from
                    && to.chars().next().is_some_and(|c| c.is_lowercase())
                {
                    targets.insert(to);
                }
            }
        }
    }
    edges
}

/// A cycle among the modules (`a -> b -> a`), if there is one.
pub fn module_cycle(
    edges: &BTreeMap<String, std::collections::BTreeSet<String>>,
) -> Option<String> {
    fn visit<'a>(
        node: &'a str,
        edges: &'a BTreeMap<String, std::collections::BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut std::collections::BTreeSet<&'a str>,
    ) -> Option<String> {
        if let Some(start) = path.iter().position(|n| *n == node) {
            let mut cycle = path[start..].to_vec();
            cycle.push(node);
            return Some(cycle.join(" -> "));
        }
        if done.contains(node) {
            return None;
        }
        path.push(node);
        for next in edges.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, edges, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node);
        None
    }
    let mut done = std::collections::BTreeSet::new();
    edges
        .keys()
        .find_map(|node| visit(node, edges, &mut Vec::new(), &mut done))
}

/// The name of the type an `impl` line is for: `impl<'a> Foo<'a> {` and
/// `impl Trait for Foo {` both give `Foo`.
fn impl_target(line: &str) -> Option<String> {
    let rest = line.trim_start().strip_prefix("impl")?;
    if !(rest.starts_with(' ') || rest.starts_with('<')) {
        return None;
    }
    // Skip the impl's own generics.
    let mut rest = rest.trim_start();
    if rest.starts_with('<') {
        let mut depth = 0;
        let mut end = 0;
        for (i, c) in rest.char_indices() {
            match c {
                '<' => depth += 1,
                '>' => {
                    depth -= 1;
                    if depth == 0 {
                        end = i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = rest[end..].trim_start();
    }
    let head = rest.split('{').next().unwrap_or(rest);
    let head = head.split(" where ").next().unwrap_or(head);
    let target = match head.find(" for ") {
        Some(i) => &head[i + 5..],
        None => head,
    };
    let name: String = target
        .trim()
        .trim_start_matches('&')
        .split('<')
        .next()?
        .rsplit("::")
        .next()?
        .trim()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    (!name.is_empty()).then_some(name)
}

/// A `pub fn` (also `pub const fn`, `pub async fn`...), not `pub(crate) fn`.
fn is_public_method(code: &str) -> bool {
    let Some(rest) = code.trim_start().strip_prefix("pub ") else {
        return false;
    };
    rest.split_whitespace()
        .take_while(|w| *w != "fn")
        .all(|w| matches!(w, "const" | "async" | "unsafe" | "extern" | "\"C\""))
        && rest.split_whitespace().any(|w| w == "fn")
}

/// Public methods (`pub fn`, not `pub(crate) fn`) per type, over every `impl` block of
/// every file: a type extended from several files is counted as one.
pub fn public_methods_per_type(files: &[(String, String)]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for (_, text) in files {
        // (type, brace depth at which the block's items sit)
        let mut open: Vec<(String, i32)> = Vec::new();
        let mut depth = 0i32;
        for line in text.lines() {
            let code = code_of(line);
            if let Some(target) = impl_target(code).filter(|_| code.contains('{')) {
                open.push((target, depth + 1));
            }
            if let Some((target, items_depth)) = open.last() {
                if depth == *items_depth && is_public_method(code) {
                    *counts.entry(target.clone()).or_insert(0) += 1;
                }
            }
            for c in code.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if open.last().is_some_and(|(_, d)| depth < *d) {
                            open.pop();
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    counts
}

/// `Type: n` for each type over the limit.
pub fn too_many_public_methods(files: &[(String, String)]) -> Vec<String> {
    public_methods_per_type(files)
        .into_iter()
        .filter(|(_, n)| *n > MAX_PUBLIC_METHODS)
        .map(|(t, n)| format!("{t}: {n} public methods"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> Vec<(String, String)> {
        vec![(path.to_string(), text.to_string())]
    }

    #[test]
    fn every_sql_statement_is_in_the_store() {
        let offenders = sql_outside_store(&sources(&source_root()), &SQL_NOT_YET_MOVED);
        assert!(
            offenders.is_empty(),
            "SQL outside store/ (move it into a store query):\n{}",
            offenders.join("\n")
        );
    }

    #[test]
    fn the_store_imports_nothing_built_on_it() {
        let offenders = store_imports_upward(&sources(&source_root()));
        assert!(
            offenders.is_empty(),
            "store/ reaches into a module above it:\n{}",
            offenders.join("\n")
        );
    }

    #[test]
    fn no_type_has_more_than_fifteen_public_methods() {
        let mut files = sources(&source_root());
        // The domain types and the application layer live in their own crates now; their
        // methods count the same.
        for krate in ["domain", "app"] {
            files.extend(sources(
                &Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../crates/{krate}/src")),
            ));
        }
        let counts = public_methods_per_type(&files);
        assert!(
            counts.get("Journal").is_some_and(|n| *n >= 4),
            "the scan finds Journal's methods (got {counts:?})"
        );
        let offenders = too_many_public_methods(&files);
        assert!(
            offenders.is_empty(),
            "types over {MAX_PUBLIC_METHODS} public methods (split them into handles):\n{}",
            offenders.join("\n")
        );
    }

    #[test]
    fn no_module_imports_one_that_imports_it_back() {
        let edges = module_imports(&sources(&source_root()));
        assert!(
            edges.get("rules").is_some_and(|to| to.contains("store")),
            "the scan sees the rules module's imports (got {edges:?})"
        );
        assert_eq!(
            module_cycle(&edges),
            None,
            "a cycle between the core's modules"
        );
    }

    #[test]
    fn the_cycle_scan_finds_a_cycle_and_skips_tests() {
        let files = vec![
            (
                "rules/mod.rs".to_string(),
                "use crate::guide::x;\n".to_string(),
            ),
            (
                "guide/today.rs".to_string(),
                "use crate::rules::Alert;\n".to_string(),
            ),
        ];
        assert_eq!(
            module_cycle(&module_imports(&files)).as_deref(),
            Some("guide -> rules -> guide")
        );
        let files = vec![
            (
                "rules/mod.rs".to_string(),
                "use crate::guide::x;\n".to_string(),
            ),
            (
                "guide/today.rs".to_string(),
                "fn f() {}\n#[cfg(test)]\nmod tests {\n    use crate::rules::Alert;\n}\n"
                    .to_string(),
            ),
        ];
        assert_eq!(module_cycle(&module_imports(&files)), None);
    }

    #[test]
    fn the_sql_scan_flags_a_statement_outside_the_store_only() {
        let sql = "fn f(c: &Connection) {\n    c.execute(\"DELETE FROM x\", [])?;\n}\n";
        assert_eq!(
            sql_outside_store(&file("store/x.rs", sql), &[]),
            Vec::<String>::new()
        );
        assert_eq!(
            sql_outside_store(&file("rules/x.rs", sql), &[]),
            vec!["rules/x.rs:2: c.execute(\"DELETE FROM x\", [])?;".to_string()]
        );
        assert!(sql_outside_store(&file("rules/x.rs", sql), &["rules/x.rs"]).is_empty());
        let comment = "// c.prepare(\"SELECT 1\") lives in the store\n";
        assert!(sql_outside_store(&file("rules/x.rs", comment), &[]).is_empty());
        let test = format!("fn f() {{}}\n#[cfg(test)]\nmod tests {{\n{sql}}}\n");
        assert!(sql_outside_store(&file("rules/x.rs", &test), &[]).is_empty());
    }

    #[test]
    fn the_import_scan_flags_the_store_reaching_up() {
        let text = "use crate::domain::*;\nuse crate::guide::is_known_position;\n";
        assert_eq!(
            store_imports_upward(&file("store/entries.rs", text)),
            vec!["store/entries.rs:2: use crate::guide::is_known_position;".to_string()]
        );
        assert!(store_imports_upward(&file("guide/x.rs", text)).is_empty());
    }

    #[test]
    fn the_count_adds_up_impl_blocks_across_files_and_skips_crate_methods() {
        let many: String = (0..16)
            .map(|i| format!("    pub fn m{i}(&self) {{}}\n"))
            .collect();
        let files = vec![
            (
                "a.rs".to_string(),
                format!("impl Journal {{\n{many}    pub(crate) fn hidden(&self) {{}}\n}}\n"),
            ),
            (
                "b.rs".to_string(),
                "impl<'j> Entries<'j> {\n    pub fn add(&mut self) {\n        let f = || {};\n    }\n    fn private(&self) {}\n}\nimpl Default for Entries<'_> {\n    fn default() -> Self { todo!() }\n}\nimpl Journal {\n    pub fn one_more(&self) {}\n}\n"
                    .to_string(),
            ),
        ];
        let counts = public_methods_per_type(&files);
        assert_eq!(counts.get("Journal"), Some(&17), "16 + 1 across two files");
        assert_eq!(
            counts.get("Entries"),
            Some(&1),
            "pub(crate) and private not counted"
        );
        assert_eq!(
            too_many_public_methods(&files),
            vec!["Journal: 17 public methods".to_string()]
        );
    }

    #[test]
    fn impl_lines_name_their_type() {
        assert_eq!(impl_target("impl Journal {").as_deref(), Some("Journal"));
        assert_eq!(
            impl_target("impl<'j> Entries<'j> {").as_deref(),
            Some("Entries")
        );
        assert_eq!(
            impl_target("impl<T: Clone> std::fmt::Display for Wrapper<T> {").as_deref(),
            Some("Wrapper")
        );
        assert_eq!(impl_target("implement {"), None);
    }
}
