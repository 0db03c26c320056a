#!/usr/bin/env python3
"""Drives a program on a pseudo-terminal, as a person at a keyboard would.

usage: pty_drive.py PROMPT KEYS -- COMMAND [ARG...]

Waits until PROMPT appears, reports whether the terminal's echo is off at that
moment, types KEYS (\\r for Enter, \\x03 for Ctrl-C; read from stdin when KEYS
is "-", so a password never sits in argv), then prints everything the program
showed. Prints a final line `exit=N` (or `signal=N`).
"""
import os
import pty
import select
import sys
import termios
import time


def read_until(fd, needle, timeout):
    seen = b""
    deadline = time.time() + timeout
    while needle not in seen and time.time() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    return seen


def main():
    prompt = sys.argv[1].encode()
    keys = sys.argv[2]
    command = sys.argv[sys.argv.index("--") + 1:]
    keys = sys.stdin.buffer.read() if keys == "-" else keys.encode().decode("unicode_escape").encode("latin-1")
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    shown = read_until(fd, prompt, 20)
    attributes = termios.tcgetattr(fd)
    echo = "on" if attributes[3] & termios.ECHO else "off"
    # Let the program reach its read() so the keys are not flushed as typeahead.
    time.sleep(0.3)
    os.write(fd, keys)
    shown += read_until(fd, b"\x00never", 20)
    _, status = os.waitpid(pid, 0)
    sys.stdout.buffer.write(shown)
    sys.stdout.write(f"\necho-at-prompt={echo}\n")
    if os.WIFSIGNALED(status):
        sys.stdout.write(f"signal={os.WTERMSIG(status)}\n")
    else:
        sys.stdout.write(f"exit={os.WEXITSTATUS(status)}\n")


main()
