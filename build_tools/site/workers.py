"""Whether this process may fork worker processes that inherit its warm state.

A forked worker starts at once with everything the build has loaded (modules, the
gazetteer, jieba, MkDocs' configuration and files); a spawned one imports and loads
it all again (seconds). Forking a process that runs other threads (`mkdocs serve`'s
server and watcher) can copy a lock another thread holds, so only a process with
one thread forks.
"""
from __future__ import annotations

import multiprocessing
import threading


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
