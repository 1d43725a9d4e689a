//! Linux: one instance per data folder and the reminders' native notifications, both over
//! the session bus with the `dbus` crate (libdbus), which the window layer (tao) already
//! links to follow the desktop's colour scheme. On the other systems the Tauri plugins do
//! this; on Linux they bring a second D-Bus stack (zbus with its async runtime and
//! notify-rust), about 0.6 MB of the release binary (issue 18, docs/performance.md).
//!
//! One connection, owned by the "session-bus" thread, holds the instance's bus name,
//! answers a second launch, sends the notifications and receives what the user does with
//! them (some notification servers, like dunst, send a notification's signals only to the
//! connection that sent it). libdbus lets only one thread read or write a connection at a
//! time, so other threads queue a notification for that thread and wake it with a
//! `Peer.Ping` from a connection of their own: the thread sleeps in libdbus until the bus
//! has something for it, with no polling.

use dbus::blocking::stdintf::org_freedesktop_dbus::RequestNameReply;
use dbus::blocking::Connection;
use dbus::channel::{MatchingReceiver, Sender as _};
use dbus::message::MatchRule;
use std::collections::HashMap;
use std::sync::{mpsc, Arc, Mutex, MutexGuard};
use std::time::Duration;

/// The second launch's call, with the names tauri-plugin-single-instance used, so an
/// instance started by an older Backstory and a newer second launch still understand
/// each other: `ExecuteCallback(argv, cwd)` on `<id>.SingleInstance`.
const INSTANCE_INTERFACE: &str = "org.SingleInstance.DBus";
const HAND_OVER: &str = "ExecuteCallback";
/// The Desktop Notifications Specification's bus name, object and interface.
const NOTIFICATIONS: &str = "org.freedesktop.Notifications";
const NOTIFICATIONS_PATH: &str = "/org/freedesktop/Notifications";
/// How long a second launch waits for the first instance to take its arguments (the
/// libdbus default, as before).
const HAND_OVER_TIMEOUT: Duration = Duration::from_secs(25);
/// How long the notification server may take to show one.
const NOTIFY_TIMEOUT: Duration = Duration::from_secs(5);
/// How long a wake-up call waits; the thread picks the notification up after a slow
/// call of its own even when the ping times out.
const WAKE_TIMEOUT: Duration = Duration::from_secs(1);
/// How long the thread sleeps in libdbus when nothing arrives (any message wakes it).
const IDLE: Duration = Duration::from_secs(24 * 60 * 60);
/// The action a click on the notification itself reports (the specification's name).
pub const CLICKED: &str = "default";

/// A notification to show. `tag` comes back with what the user did with it.
pub struct Notice {
    pub tag: i32,
    pub title: String,
    pub body: String,
    /// Buttons as (action id, label).
    pub actions: Vec<(&'static str, String)>,
}

/// What the user did with a notification: its tag and the action ([`CLICKED`] for a
/// click on the notification itself).
type OnAction = Box<dyn Fn(i32, &str) + Send>;

/// How start-up went on the session bus.
pub enum Claim {
    /// This process owns the instance's name and serves the bus.
    First(SessionBus),
    /// Another process owns it and took this launch's arguments: exit now.
    HandedOver,
    /// Another process owns it but did not take the arguments (hung, or ending): the
    /// reason. Do not start a second instance on the same journal.
    HandOverFailed(String),
    /// No session bus: the reason. Launch normally, with no way to find other instances
    /// and no native notifications.
    NoBus(String),
}

/// The running instance's side: sends notifications through the bus thread.
pub struct SessionBus {
    notices: Mutex<mpsc::Sender<Notice>>,
    /// The bus thread's connection's unique name, which the wake-up ping goes to.
    unique_name: String,
    /// The connection the ping is sent from, made on first use.
    waker: Mutex<Option<Connection>>,
    on_action: Arc<Mutex<Option<OnAction>>>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The bus name and object path of one instance id (the plugin's: `.` and `-` in the path
/// become `/` and `_`).
fn instance_names(instance_id: &str) -> (String, String) {
    let name = format!("{instance_id}.SingleInstance");
    let path = format!("/{}", name.replace('.', "/").replace('-', "_"));
    (name, path)
}

/// Takes the instance's bus name, or hands `argv` (this process's arguments, the program
/// first) and the working directory to the process that has it. `on_second_launch` runs
/// on the bus thread with a later launch's arguments.
pub fn claim(
    instance_id: &str,
    argv: Vec<String>,
    cwd: String,
    on_second_launch: impl Fn(Vec<String>) + Send + 'static,
) -> Claim {
    let connection = match Connection::new_session() {
        Ok(connection) => connection,
        Err(err) => return Claim::NoBus(err.to_string()),
    };
    let (name, path) = instance_names(instance_id);
    match connection.request_name(name.as_str(), false, false, true) {
        Ok(RequestNameReply::PrimaryOwner | RequestNameReply::AlreadyOwner) => {}
        Ok(RequestNameReply::Exists | RequestNameReply::InQueue) => {
            let handed: Result<(), dbus::Error> = connection
                .with_proxy(name.as_str(), path.as_str(), HAND_OVER_TIMEOUT)
                .method_call(INSTANCE_INTERFACE, HAND_OVER, (argv, cwd));
            return match handed {
                Ok(()) => Claim::HandedOver,
                Err(err) => Claim::HandOverFailed(err.to_string()),
            };
        }
        Err(err) => return Claim::NoBus(format!("could not take {name}: {err}")),
    }
    // The first instance: a later launch's arguments run `on_second_launch`, then the
    // reply lets that launch exit.
    let hand_over = MatchRule::new_method_call()
        .with_path(path)
        .with_interface(INSTANCE_INTERFACE)
        .with_member(HAND_OVER);
    connection.start_receive(
        hand_over,
        Box::new(move |call, connection| {
            if let Ok((argv, _cwd)) = call.read2::<Vec<String>, String>() {
                on_second_launch(argv);
            }
            let _ = connection.send(call.method_return());
            true
        }),
    );
    let shown = Arc::new(Mutex::new(HashMap::<u32, i32>::new()));
    let on_action: Arc<Mutex<Option<OnAction>>> = Arc::default();
    watch_notifications(&connection, &shown, &on_action);
    let unique_name = connection.unique_name().to_string();
    let (notices, queued) = mpsc::channel();
    let serving = std::thread::Builder::new()
        .name("session-bus".into())
        .spawn(move || serve(&connection, &queued, &shown));
    if let Err(err) = serving {
        return Claim::NoBus(format!("could not start the session bus thread: {err}"));
    }
    Claim::First(SessionBus {
        notices: Mutex::new(notices),
        unique_name,
        waker: Mutex::new(None),
        on_action,
    })
}

/// Subscribes to the notification server's signals: a button or a click on one of ours
/// goes to `on_action`; a closed one is forgotten. (No subscription, no reported clicks:
/// the window still opens the reminder's screen when it next gets focus.)
fn watch_notifications(
    connection: &Connection,
    shown: &Arc<Mutex<HashMap<u32, i32>>>,
    on_action: &Arc<Mutex<Option<OnAction>>>,
) {
    let invoked =
        MatchRule::new_signal(NOTIFICATIONS, "ActionInvoked").with_path(NOTIFICATIONS_PATH);
    let (tags, on_action) = (shown.clone(), on_action.clone());
    let watched = connection.add_match(invoked, move |(id, action): (u32, String), _, _| {
        // Signals of other programs' notifications carry ids that are not ours.
        let tag = lock(&tags).get(&id).copied();
        if let (Some(tag), Some(on_action)) = (tag, lock(&on_action).as_ref()) {
            on_action(tag, &action);
        }
        true
    });
    let closed =
        MatchRule::new_signal(NOTIFICATIONS, "NotificationClosed").with_path(NOTIFICATIONS_PATH);
    let tags = shown.clone();
    let forgotten = connection.add_match(closed, move |(id, _reason): (u32, u32), _, _| {
        lock(&tags).remove(&id);
        true
    });
    if let Err(err) = watched.and(forgotten) {
        eprintln!("backstory: notification clicks will not be reported: {err}");
    }
}

/// The bus thread: sends the queued notifications, then sleeps until a message arrives
/// (a signal, a second launch, or the ping that says a notification is queued).
fn serve(
    connection: &Connection,
    queued: &mpsc::Receiver<Notice>,
    shown: &Mutex<HashMap<u32, i32>>,
) {
    let app_name = program_name();
    loop {
        for notice in queued.try_iter() {
            match notify(connection, &app_name, &notice) {
                // Recorded before the next message is read, so its signals find it.
                Ok(id) => {
                    lock(shown).insert(id, notice.tag);
                }
                // No notification server (a bare X session): the in-app reminder shows.
                Err(err) => eprintln!("backstory: could not show a notification: {err}"),
            }
        }
        if let Err(err) = connection.process(IDLE) {
            eprintln!("backstory: the session bus connection ended: {err}");
            return;
        }
    }
}

/// The file name of this program: the notification's application name and icon, as
/// before (notify-rust's defaults; packages install the icon under this name).
fn program_name() -> String {
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "backstory".into())
}

/// `Notify` on the server: returns the server's id for the notification.
fn notify(connection: &Connection, app_name: &str, notice: &Notice) -> Result<u32, dbus::Error> {
    // A click on the notification itself is reported only if it offers the "default"
    // action; its label is not shown.
    let mut actions = vec![CLICKED, ""];
    for (id, label) in &notice.actions {
        actions.extend([*id, label.as_str()]);
    }
    let hints = dbus::arg::PropMap::new();
    let replaces_id = 0u32;
    // -1: the server's own display time.
    let expire_timeout = -1i32;
    let (id,): (u32,) = connection
        .with_proxy(NOTIFICATIONS, NOTIFICATIONS_PATH, NOTIFY_TIMEOUT)
        .method_call(
            NOTIFICATIONS,
            "Notify",
            (
                app_name,
                replaces_id,
                app_name,
                notice.title.as_str(),
                notice.body.as_str(),
                actions,
                hints,
                expire_timeout,
            ),
        )?;
    Ok(id)
}

impl SessionBus {
    /// Queues a notification for the bus thread and wakes it.
    pub fn show(&self, notice: Notice) -> Result<(), String> {
        lock(&self.notices)
            .send(notice)
            .map_err(|_| "the session bus connection has ended".to_string())?;
        let mut waker = lock(&self.waker);
        if waker.is_none() {
            *waker = Some(Connection::new_session().map_err(|e| e.to_string())?);
        }
        if let Some(waker) = waker.as_ref() {
            // libdbus answers Peer.Ping itself, on the bus thread, which then sends what
            // was queued. A timeout only means that thread is busy: it sends it next.
            let _: Result<(), dbus::Error> = waker
                .with_proxy(self.unique_name.as_str(), "/", WAKE_TIMEOUT)
                .method_call("org.freedesktop.DBus.Peer", "Ping", ());
        }
        Ok(())
    }

    /// Sets what a button or a click on a notification does (runs on the bus thread).
    pub fn on_action(&self, f: impl Fn(i32, &str) + Send + 'static) {
        *lock(&self.on_action) = Some(Box::new(f));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dbus::Message;
    use std::io::{BufRead, BufReader};
    use std::process::{Child, Command, Stdio};
    use std::sync::atomic::{AtomicBool, Ordering};

    const WAIT: Duration = Duration::from_secs(10);

    #[test]
    fn instance_names_match_the_single_instance_plugin() {
        // The names an instance started by an older Backstory listens on.
        let (name, path) = instance_names("app.backstory.journal.d0123456789abcdef");
        assert_eq!(
            name,
            "app.backstory.journal.d0123456789abcdef.SingleInstance"
        );
        assert_eq!(
            path,
            "/app/backstory/journal/d0123456789abcdef/SingleInstance"
        );
        let (_, dashed) = instance_names("app.back-story");
        assert_eq!(dashed, "/app/back_story/SingleInstance");
    }

    /// A private session bus for this test process (dbus-daemon, as the end-to-end tests
    /// use through dbus-run-session).
    struct PrivateBus(Child);

    impl PrivateBus {
        fn start() -> PrivateBus {
            let mut daemon = Command::new("dbus-daemon")
                .args(["--session", "--nofork", "--print-address=1"])
                .stdout(Stdio::piped())
                .spawn()
                .expect("dbus-daemon (scripts/deps.sh installs it)");
            let mut address = String::new();
            let stdout = daemon.stdout.take().expect("piped");
            BufReader::new(stdout)
                .read_line(&mut address)
                .expect("the bus address");
            // Only the tests in this module use the session bus.
            std::env::set_var("DBUS_SESSION_BUS_ADDRESS", address.trim());
            PrivateBus(daemon)
        }
    }

    impl Drop for PrivateBus {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }

    /// A notification server on its own thread: answers `Notify` with the server id 7 and
    /// passes on (app name, summary, body, actions) until `stop`. Returns a connection to
    /// send its signals from.
    /// What the fake server saw of one `Notify`: app name, summary, body, actions.
    type NotifyCall = (String, String, String, Vec<String>);

    fn fake_notification_server(stop: Arc<AtomicBool>) -> (Connection, mpsc::Receiver<NotifyCall>) {
        let server = Connection::new_session().expect("connect the fake server");
        let owned = server
            .request_name(NOTIFICATIONS, false, false, true)
            .expect("name");
        assert_eq!(owned, RequestNameReply::PrimaryOwner);
        let (seen, calls) = mpsc::channel();
        let notify = MatchRule::new_method_call()
            .with_interface(NOTIFICATIONS)
            .with_member("Notify");
        server.start_receive(
            notify,
            Box::new(move |call, server| {
                let mut args = call.iter_init();
                let app: String = args.read().unwrap();
                let _replaces: u32 = args.read().unwrap();
                let _icon: String = args.read().unwrap();
                let summary: String = args.read().unwrap();
                let body: String = args.read().unwrap();
                let actions: Vec<String> = args.read().unwrap();
                seen.send((app, summary, body, actions)).unwrap();
                let _ = server.send(call.method_return().append1(7u32));
                true
            }),
        );
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                let _ = server.process(Duration::from_millis(50));
            }
        });
        // The signals go out on a connection of their own (any sender matches).
        (
            Connection::new_session().expect("connect the signal sender"),
            calls,
        )
    }

    fn signal(sender: &Connection, id: u32, action: &str) {
        let invoked = Message::new_signal(NOTIFICATIONS_PATH, NOTIFICATIONS, "ActionInvoked")
            .unwrap()
            .append2(id, action);
        sender.send(invoked).unwrap();
    }

    #[test]
    fn one_instance_hands_over_and_notifications_report_their_buttons() {
        let _bus = PrivateBus::start();
        let stop = Arc::new(AtomicBool::new(false));
        let (signals, notify_calls) = fake_notification_server(stop.clone());

        let (launched, launches) = mpsc::channel();
        let first = claim(
            "app.backstory.test.d1",
            vec!["backstory".into()],
            "/".into(),
            move |argv| {
                launched.send(argv).unwrap();
            },
        );
        let Claim::First(bus) = first else {
            panic!("the first launch owns the name");
        };
        let (acted, actions) = mpsc::channel();
        bus.on_action(move |tag, action| acted.send((tag, action.to_string())).unwrap());

        // A notification: Notify with the "default" action (click) and the buttons.
        let notice = Notice {
            tag: 2,
            title: "Time for your check-in".into(),
            body: "How is your back today?".into(),
            actions: vec![("open", "Open".into()), ("snooze", "Snooze".into())],
        };
        bus.show(notice).unwrap();
        let (app, summary, body, buttons) = notify_calls.recv_timeout(WAIT).expect("Notify");
        assert_eq!(app, program_name());
        assert_eq!(summary, "Time for your check-in");
        assert_eq!(body, "How is your back today?");
        assert_eq!(buttons, ["default", "", "open", "Open", "snooze", "Snooze"]);

        // Another program's notification (id 99) is not ours; ours (7) comes back tagged.
        signal(&signals, 99, "open");
        signal(&signals, 7, "snooze");
        assert_eq!(
            actions.recv_timeout(WAIT).unwrap(),
            (2, "snooze".to_string())
        );
        signal(&signals, 7, CLICKED);
        assert_eq!(
            actions.recv_timeout(WAIT).unwrap(),
            (2, CLICKED.to_string())
        );

        // A second launch on the same id hands its arguments over.
        let argv = vec!["backstory".to_string(), "--quick-log".to_string()];
        let second = claim("app.backstory.test.d1", argv.clone(), "/".into(), |_| {
            panic!("the second launch never serves");
        });
        assert!(
            matches!(second, Claim::HandedOver),
            "the second launch hands over"
        );
        assert_eq!(launches.recv_timeout(WAIT).unwrap(), argv);
        // Another data folder is another instance.
        let other = claim("app.backstory.test.d2", vec![], "/".into(), |_| {});
        assert!(
            matches!(other, Claim::First(_)),
            "another folder starts its own"
        );
        stop.store(true, Ordering::Relaxed);
    }
}
