"""A long-lived process (`mkdocs serve`) remembers the digests of seeds and cache files
while the files do not change; any change is read again."""
from __future__ import annotations

import hashlib
import os
import time

from build_tools.ingest import files
from build_tools.ingest.files import SeedFile, seed_digest
from build_tools.site import store


def _seed(path):
    return SeedFile(path, path.name, "text", 1 << 20)


def _age(path, seconds=60):
    t = time.time_ns() - seconds * 1_000_000_000
    os.utime(path, ns=(t, t))


def test_an_unchanged_seed_is_not_read_again_and_a_changed_one_is(tmp_path, monkeypatch):
    p = tmp_path / "a.txt"
    p.write_bytes("创建全国文明城市".encode())
    _age(p)
    reads = []
    real = files.read_seed
    monkeypatch.setattr(files, "read_seed", lambda s: reads.append(s.name) or real(s))
    first = seed_digest(_seed(p))
    assert first == hashlib.sha256(p.read_bytes()).hexdigest()
    assert seed_digest(_seed(p)) == first and reads == ["a.txt"]  # remembered
    p.write_bytes("创建全国文明城区".encode())  # same size, new bytes, just now
    second = seed_digest(_seed(p))
    assert second == hashlib.sha256(p.read_bytes()).hexdigest() != first
    p.write_bytes("创建全国卫生城市".encode())  # again within the same second: not remembered while recent
    assert seed_digest(_seed(p)) == hashlib.sha256(p.read_bytes()).hexdigest()
    assert len(reads) == 3


def test_a_link_is_always_read_again(tmp_path):
    target = tmp_path / "t.txt"
    target.write_bytes(b"one")
    _age(target)
    link = tmp_path / "l.txt"
    link.symlink_to(target)
    assert seed_digest(_seed(link)) == hashlib.sha256(b"one").hexdigest()
    target.write_bytes(b"two")
    _age(target)  # the target changes, the link's own signature does not
    assert seed_digest(_seed(link)) == hashlib.sha256(b"two").hexdigest()


def test_a_cache_file_edited_through_a_hard_link_is_hashed_again(tmp_path):
    cached = tmp_path / "cache.md"
    cached.write_bytes(b"# page\n")
    _age(cached)
    assert store.file_sha(cached) == hashlib.sha256(b"# page\n").hexdigest()
    published = tmp_path / "docs.md"
    os.link(cached, published)
    with open(published, "r+b") as f:  # an edit in docs/ writes into the cache's file
        f.write(b"# PAGE\n")
    _age(cached, 30)  # even with an old time, the time differs from the one remembered
    assert store.file_sha(cached) == hashlib.sha256(b"# PAGE\n").hexdigest()
    cached.unlink()
    published.unlink()
    assert store.file_sha(cached) is None
