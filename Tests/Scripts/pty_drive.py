#!/usr/bin/env python3
"""Drives a program on a pseudo-terminal, as a person at a keyboard would.

usage: pty_drive.py PROMPTS KEYS -- COMMAND [ARG...]

PROMPTS is one or more prompt texts separated by "|". KEYS are typed in chunks
separated by the byte 0x1E; before chunk k it waits until prompts have appeared
k+1 times in all (so keys are never flushed as typeahead). KEYS use \\r for
Enter, \\x03 for Ctrl-C; with "-" they come from stdin, so a password never
sits in argv. It reports whether echo was off at the first prompt, prints
everything the program showed, and ends with `exit=N` (or `signal=N`).
"""
import os
import pty
import select
import sys
import termios
import time


def read_until(fd, done, timeout, seen=b""):
    deadline = time.time() + timeout
    while not done(seen) and time.time() < deadline:
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
    prompts = [p.encode() for p in sys.argv[1].split("|")]
    keys = sys.argv[2]
    command = sys.argv[sys.argv.index("--") + 1:]
    keys = sys.stdin.buffer.read() if keys == "-" else keys.encode().decode("unicode_escape").encode("latin-1")
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    def prompted(times):
        return lambda seen: sum(seen.count(p) for p in prompts) >= times

    shown = b""
    echo = "unknown"
    for number, chunk in enumerate(keys.split(b"\x1e")):
        shown = read_until(fd, prompted(number + 1), 20, shown)
        if number == 0:
            echo = "on" if termios.tcgetattr(fd)[3] & termios.ECHO else "off"
        # Let the program reach its read() so the keys are not flushed as typeahead.
        time.sleep(0.3)
        os.write(fd, chunk)
    shown = read_until(fd, lambda seen: False, 20, shown)
    _, status = os.waitpid(pid, 0)
    sys.stdout.buffer.write(shown)
    sys.stdout.write(f"\necho-at-prompt={echo}\n")
    if os.WIFSIGNALED(status):
        sys.stdout.write(f"signal={os.WTERMSIG(status)}\n")
    else:
        sys.stdout.write(f"exit={os.WEXITSTATUS(status)}\n")


main()
