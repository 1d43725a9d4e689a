//! The error shape the webview receives: the application layer's `{kind, message, field}`
//! (backstory_application::AppError, tested there). api.ts checks for it.

pub use backstory_application::AppError as IpcError;

pub type IpcResult<T> = Result<T, IpcError>;
