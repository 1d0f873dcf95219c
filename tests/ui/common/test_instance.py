"""One window per profile: a second launch hands its files over the local socket and exits."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent

from ftz_desktop.ui.common.instance import FileOpenFilter, InstanceServer, server_name

REPO = Path(__file__).resolve().parents[3]
SEND = (
    "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
    "from ftz_desktop.ui.common.instance import send_to_running;"
    "sys.exit(0 if send_to_running([Path(p) for p in sys.argv[2:]], sys.argv[1]) else 3)"
)


def test_name_depends_on_the_profile(monkeypatch, tmp_path):
    first = server_name()
    monkeypatch.setenv("FTZ_DESKTOP_CONFIG_DIR", str(tmp_path / "other"))
    assert server_name() != first and server_name().startswith("ftz-desktop-")


def test_a_second_launch_hands_its_files_to_the_server(qtbot, tmp_path):
    name = f"ftz-desktop-test-{os.getpid()}"
    server = InstanceServer(name)
    assert server.listen()
    received: list = []
    server.files_received.connect(received.append)
    proc = subprocess.Popen(
        [sys.executable, "-c", SEND, name, "/tmp/a 文件.md", "/tmp/b.txt"],
        cwd=REPO,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20_000)
    assert proc.returncode == 0
    assert received == [[Path("/tmp/a 文件.md"), Path("/tmp/b.txt")]]
    server.close()
    # nobody listening: the launch is told so (and starts its own window)
    assert subprocess.run([sys.executable, "-c", SEND, name], cwd=REPO, timeout=30).returncode == 3


def test_a_stale_socket_is_taken_over(qtbot):
    name = f"ftz-desktop-stale-{os.getpid()}"
    first = InstanceServer(name)
    assert first.listen()
    second = InstanceServer(name)
    assert second.listen()  # the first stands for a crashed window whose socket file is left
    first.close()
    second.close()


def test_macos_open_events_become_files(qapp, qtbot, tmp_path):
    opens = FileOpenFilter()
    qapp.installEventFilter(opens)
    try:
        with qtbot.waitSignal(opens.files_received) as blocker:
            QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(tmp_path / "x.md")))
        assert blocker.args == [[tmp_path / "x.md"]]
    finally:
        qapp.removeEventFilter(opens)


def test_second_launch_of_the_app_opens_its_file_in_the_first_window(tmp_path, write_folder):
    folder = write_folder(
        {"一.md": "# 第一篇\n\n自贸试验区的第一份测试文档。", "二.txt": "第二篇\n\n片区的第二份测试文档。"}
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        FTZ_DESKTOP_CONFIG_DIR=str(tmp_path / "c"),
        FTZ_DESKTOP_DATA_DIR=str(tmp_path / "d"),
    )
    log = tmp_path / "d" / "logs" / "ftz-desktop.log"
    first = subprocess.Popen([sys.executable, "-m", "ftz_desktop", str(folder / "一.md")], cwd=REPO, env=env)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "opened 1 of the files" not in _read(log):
            time.sleep(0.2)
        assert "opened 1 of the files" in _read(log)
        second = subprocess.run(
            [sys.executable, "-m", "ftz_desktop", str(folder / "二.txt")], cwd=REPO, env=env, timeout=60
        )
        assert second.returncode == 0
        while time.monotonic() < deadline and _read(log).count("opened 1 of the files") < 2:
            time.sleep(0.2)
        text = _read(log)
        assert "handed 1 file(s) to the running window" in text
        assert text.count("opened 1 of the files") == 2
        assert first.poll() is None  # the first window is still the one open
    finally:
        first.terminate()
        first.wait(30)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""
