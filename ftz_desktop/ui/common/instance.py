"""Files the system hands to the application: one window per user profile (a later launch sends
its files to the running window over a QLocalSocket and exits) and macOS file-open events.

Signals carry absolute paths; the main window imports them and opens them in reader tabs.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ftz_desktop import paths

log = logging.getLogger(__name__)

CONNECT_MS = 1000
REPLY_MS = 3000
MAX_MESSAGE = 1 << 20  # bytes: thousands of paths


def server_name() -> str:
    """The socket's name: one per user and config directory (test profiles do not meet)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name (containers)
        user = "user"
    digest = hashlib.sha1(f"{user}\0{paths.config_dir()}".encode()).hexdigest()[:12]
    return f"ftz-desktop-{digest}"


def send_to_running(files: list[Path], name: str | None = None) -> bool:
    """Hand ``files`` (maybe none: the window is raised) to a running window; False if none runs."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_MS):
        return False
    message = json.dumps({"files": [str(f) for f in files]}, ensure_ascii=False).encode("utf-8") + b"\n"
    socket.write(QByteArray(message))
    socket.flush()
    ok = socket.waitForBytesWritten(REPLY_MS) or socket.bytesToWrite() == 0
    # the window answers once it has the request, so an exit now loses nothing
    while ok and socket.bytesAvailable() < 3 and socket.waitForReadyRead(REPLY_MS):
        pass
    reply = bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return ok and reply.startswith(b"ok")


class InstanceServer(QObject):
    """Listens for later launches of the same profile.

    Signals:
        files_received(list paths): a later launch's files (empty: it only wants the window shown).
    """

    files_received = Signal(list)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening (a socket file left by a crashed window is removed first)."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)  # nobody answered on it (send_to_running said so)
        if self.server.listen(self.name):
            return True
        log.warning("single-instance socket %s unavailable: %s", self.name, self.server.errorString())
        return False

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))

    def _drop(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_MESSAGE:
                socket.abort()
            else:
                self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        try:
            request = json.loads(line.decode("utf-8"))
            files = [Path(f) for f in request.get("files", []) if isinstance(f, str)]
        except (ValueError, AttributeError) as exc:
            log.warning("ignored a malformed request from another launch: %s", exc)
            socket.write(QByteArray(b"error\n"))
            return
        socket.write(QByteArray(b"ok\n"))
        socket.flush()
        self.files_received.emit(files)


class FileOpenFilter(QObject):
    """macOS hands documents (Finder, Dock, ``open -a``) to the application as QFileOpenEvents.

    Signals:
        files_received(list paths)
    """

    files_received = Signal(list)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file() or event.url().toLocalFile()
            if path:
                self.files_received.emit([Path(path)])
                return True
        return super().eventFilter(watched, event)
