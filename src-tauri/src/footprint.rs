//! Keeps the webview light (issue 8). WebKitGTK sizes its in-memory caches for a web
//! browser by default (decoded images, pages kept for back/forward), scaled to the
//! machine's RAM: in a one-page app that only loads its own bundled files that is memory
//! held for nothing, and it showed as growth over view switches. The "document viewer"
//! cache model keeps those caches minimal.

use tauri::{Runtime, WebviewWindow};

/// Applies the lean cache model to a window's web context (each window, when it is made).
pub fn lean_webview<R: Runtime>(window: &WebviewWindow<R>) {
    #[cfg(target_os = "linux")]
    {
        let _ = window.with_webview(|webview| {
            use webkit2gtk::{CacheModel, WebContextExt, WebViewExt};
            if let Some(context) = webview.inner().context() {
                context.set_cache_model(CacheModel::DocumentViewer);
            }
        });
    }
    #[cfg(not(target_os = "linux"))]
    let _ = window;
}
