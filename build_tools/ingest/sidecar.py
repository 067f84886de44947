"""A seed's sidecar of corrections: seeds/NAME.yaml beside seeds/NAME.txt.

A user corrects what the pipeline decided without editing the raw page:
page-level keys (`outlet`, `date`, `page`) and per-article overrides
(`articles: {1: {title, subtitle, authors, region (6-digit adcode), date,
outlet, page}}`). The file is read and checked against schema/sidecar.json
here; a bad file (not YAML, an unknown key, a wrong value) raises a
`SeedError` naming the sidecar, in one line. Whether an adcode exists and
an article number is on the page is checked where they are applied
(extract/corrections.py). Which file is a seed's sidecar is decided by
ingest/files.py (data/seed_files.yaml).
"""
from __future__ import annotations

import datetime
import functools
import json
from importlib import resources

import jsonschema
import yaml

from ..errors import SeedError
from .plain_yaml import load_plain

@functools.lru_cache(maxsize=1)
def _validator() -> jsonschema.Draft202012Validator:
    with resources.files("build_tools.schema").joinpath("sidecar.json").open(encoding="utf-8") as fh:
        return jsonschema.Draft202012Validator(json.load(fh))


def _plain(value):
    """YAML values as JSON would hold them: keys as strings, dates as ISO strings."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # a year written bare (date: 2023), an adcode without quotes
    return value


def read_sidecar(name: str, data: bytes) -> dict:
    """The corrections in a sidecar's bytes: {outlet?, date?, page?, articles: {n: {...}}}.

    >>> read_sidecar("a.yaml", "date: 2023-11-25\\narticles: {1: {region: 469002}}".encode())
    {'date': '2023-11-25', 'articles': {1: {'region': '469002'}}}
    >>> read_sidecar("a.yaml", b"titel: x")
    Traceback (most recent call last):
    ...
    build_tools.errors.SeedError: a.yaml: unknown key 'titel' (allowed: outlet, date, page, articles)
    """
    try:
        raw = load_plain(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise SeedError(name, "corrections file is not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        raise SeedError(name, f"corrections file is not valid YAML{where}: {getattr(exc, 'problem', '') or exc}") from None
    except ValueError as exc:  # a date YAML reads but cannot build (2023-13-01)
        raise SeedError(name, f"corrections file holds an impossible date ({exc})") from None
    if raw is None:
        return {"articles": {}}
    if not isinstance(raw, dict):
        raise SeedError(name, "corrections file must be a mapping of keys (outlet, date, page, articles)")
    doc = _plain(raw)
    errors = sorted(_validator().iter_errors(doc), key=lambda e: list(e.absolute_path))
    if errors:
        raise SeedError(name, _message(errors[0]))
    out = {k: v for k, v in doc.items() if k != "articles"}
    out["articles"] = {int(k): v for k, v in (doc.get("articles") or {}).items()}
    return out


def _message(err: jsonschema.ValidationError) -> str:
    path = ".".join(str(p) for p in err.absolute_path)
    where = f"{path}: " if path else ""
    if err.validator == "additionalProperties":
        allowed = list(err.schema.get("properties", {}))
        extra = sorted(set(err.instance) - set(allowed)) if isinstance(err.instance, dict) else []
        return f"{where}unknown key {extra[0]!r} (allowed: {', '.join(allowed)})" if extra else f"{where}{err.message}"
    if err.validator == "propertyNames":
        return f"{where}article numbers are 1, 2, 3 … (got {err.instance!r})"
    if err.validator == "pattern" and path.endswith("region"):
        return f"{where}{err.instance!r} is not a 6-digit administrative division code"
    if err.validator == "pattern" and path.endswith("date"):
        return f"{where}{err.instance!r} is not a date written YYYY, YYYY-MM or YYYY-MM-DD"
    return f"{where}{err.message}"
