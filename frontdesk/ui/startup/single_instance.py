"""One FrontDesk window per practice: a second start brings the first one's window forward.

The first FrontDesk for a data folder takes `window.lock` there (an OS file lock, released
when the process ends, even killed) and listens on a local socket named from the folder's
path and the user. A second start finds the lock held, connects, sends "show" and exits; the
first raises its window (from the tray too). A socket left by a crash is removed by the next
first start, which holds the lock and so knows nobody answers there. The demo and the
practice are separate folders, so separate instances. The sending lock stays the second line
of defence: two FrontDesks that got past this still never both send.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from frontdesk.services.instance_lock import InstanceLock, LockUnavailable

log = logging.getLogger(__name__)
LOCK_FILE = "window.lock"
SHOW = b"show\n"
ANSWER = b"shown\n"
ALREADY = "FrontDesk is already running: its window was brought forward."
WAIT_FOR_FIRST_MS = 5000  # the first may be starting: its lock taken, not listening yet
TRY_EVERY_S = 0.1


def server_name(data_dir: Path) -> str:
    """The local socket's name: the same for the same folder and user, different otherwise."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in this environment
        user = ""
    digest = hashlib.sha256(f"{user}\0{data_dir.resolve()}".encode()).hexdigest()[:20]
    return f"frontdesk-{digest}"


class SingleInstance(QObject):
    """`claim()` once at start; while it lives, `show_requested` fires for each later start."""

    show_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.lock = InstanceLock(data_dir / LOCK_FILE)
        self.server: QLocalServer | None = None

    def claim(self, wait_ms: int = WAIT_FOR_FIRST_MS) -> bool:
        """True: this is the first FrontDesk for the folder (and now listens). False: another
        one is running and was asked to bring its window forward."""
        deadline = time.monotonic() + wait_ms / 1000
        while True:
            try:
                first = self.lock.acquire()
            except LockUnavailable as err:  # a read-only folder: go by the socket alone
                log.warning("Window lock not usable (%s); asking the socket only", err.why)
                if self.ask_first_to_show():
                    return False
                return self._listen(take_over=False)
            if first:  # nobody else runs for this folder: a socket left here is stale
                return self._listen(take_over=True)
            if self.ask_first_to_show():
                return False
            if time.monotonic() >= deadline:  # held, never answered: hung, or an old version
                log.warning("Another FrontDesk holds %s but did not answer; starting anyway "
                            "(the sending lock keeps a single sender)", LOCK_FILE)
                return self._listen(take_over=False)
            time.sleep(TRY_EVERY_S)  # the first may be starting, or closing

    def ask_first_to_show(self) -> bool:
        """Connect to the first FrontDesk and ask for its window; True once it answered."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        answered = False
        if socket.waitForConnected(300):
            socket.write(SHOW)
            socket.waitForBytesWritten(1000)
            answered = socket.waitForReadyRead(2000) and bytes(socket.readAll().data()) == ANSWER
            socket.disconnectFromServer()
        socket.abort()
        return answered

    def _listen(self, *, take_over: bool) -> bool:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if take_over:
            QLocalServer.removeServer(self.name)  # left by a crash: nobody is behind it
        if not server.listen(self.name):
            log.warning("Not listening for later starts: %s", server.errorString())
            return True
        server.newConnection.connect(self._accept)
        self.server = server
        log.info("Listening for later starts of FrontDesk on this data folder")
        return True

    def _accept(self) -> None:
        while self.server is not None and (socket := self.server.nextPendingConnection()):
            socket.readyRead.connect(self._ready)
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)  # what arrived with the connection

    def _ready(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket.state() != QLocalSocket.LocalSocketState.ConnectedState \
                or not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == SHOW:
            log.info("A second start of FrontDesk asked for the window: bringing it forward")
            socket.write(ANSWER)
            socket.flush()
            self.show_requested.emit()
        socket.disconnectFromServer()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.release()


def bring_forward(window) -> None:
    """The main window (shown again from the tray), or while it is not open yet the start-up
    dialog on screen."""
    from PySide6.QtWidgets import QApplication

    from frontdesk.ui.tray import bring_up

    if window is not None:
        bring_up(window)
        log.info("Brought the main window forward")
        return
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]
    for widget in shown:
        widget.raise_()
        widget.activateWindow()
    log.info("No main window yet: brought %d start-up window(s) forward", len(shown))
