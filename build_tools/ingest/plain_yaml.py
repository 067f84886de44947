"""YAML that a user or a page brings (a sidecar of corrections, a clip's front matter), read
without aliases.

An alias repeats a node by reference: a few lines of them (&a [x, x] / &b [*a, *a] / …) stand for
a structure of billions of nodes, which copying, validating or printing it never finishes.
Hand-written corrections and a clipper's front matter never need one, so a text that uses one is
refused as YAML (a `yaml.YAMLError` with the line and column of the alias), and its reader says so
in one line."""
from __future__ import annotations

import yaml
from yaml.composer import ComposerError


class _PlainLoader(yaml.SafeLoader):
    """yaml.SafeLoader that refuses aliases (*name) where it would compose one."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.events.AliasEvent):
            raise ComposerError(None, None, "aliases (*name) are not read", self.peek_event().start_mark)
        return super().compose_node(parent, index)


def load_plain(text: str):
    """The YAML document in `text`, aliases refused.

    >>> load_plain("title: 某某\\ndate: 2016-08-19")["title"]
    '某某'
    >>> try:
    ...     load_plain("a: &x [1]\\nb: *x")
    ... except yaml.YAMLError as e:
    ...     print(e.problem, e.problem_mark.line + 1)
    aliases (*name) are not read 2
    """
    return yaml.load(text, Loader=_PlainLoader)
