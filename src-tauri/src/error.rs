//! The error shape the webview receives: the application layer's `{kind, message, field}`
//! (backstory_core::app::AppError, tested there). api.ts checks for it.

pub use backstory_core::app::AppError as IpcError;

pub type IpcResult<T> = Result<T, IpcError>;
