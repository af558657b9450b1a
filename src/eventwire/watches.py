"""Watch rules with phased levels, and the alerts they raise.

A watch measures one number over a window of days and compares it with its levels
(``--levels 3,6,10``): level 0 is below the first, level k is at or above the k-th. Measures:

- ``incidents``: incidents that happened (``eventwire.incidents``) in the window, dated by their
  first day, whose actor, recipient and type match the watch;
- ``sources``: the distinct outlets that reported those incidents;
- ``figure``: the claims ledger's figures for ``subject`` (the claims whose subject contains the
  text, as ``eventwire claims --subject``): each source's latest figure in the window, and the
  watch takes the highest of them; the range across sources is kept with the value.

**The clock.** A window ends on the store's clock: the newest publication date among stored
documents (never later than today). Recoding last year's archive then raises the alerts it
would have raised at the time, and a live feed's clock is today.

**Alerts.** Watches are evaluated after every stored document (and by ``watch check``). A change
of level writes one alert, in the same transaction as the new level, so the same crossing never
alerts twice; going down is a change too (``direction`` down), and going up again alerts again.
Each alert carries its evidence: the incident, event, claim and document ids behind the value.

**Notifications.** A watch with ``notify`` queues each alert in the ``outbox`` with it; delivery
(``deliver``) POSTs the alert as JSON, with an ``Idempotency-Key`` header (the alert id), and
retries failures with exponential backoff across runs. A row is marked delivered only after a 2xx
answer, so nothing is lost; a receiver that got a POST whose answer never arrived may see it again,
with the same key.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from .errors import EventwireError
from .incidents import LOOKBACK_DAYS, STORY_WINDOW_DAYS

MEASURES = ("incidents", "sources", "figure")
#: the longest an incident can last, with room: members within the story window of each other,
#: and a publication-dated member reaching back LOOKBACK_DAYS
MAX_SPAN_DAYS = 2 * STORY_WINDOW_DAYS + LOOKBACK_DAYS
#: evidence ids kept per kind in an alert
EVIDENCE_LIMIT = 200
#: outbox backoff: first retry after this many seconds, doubling, at most MAX_BACKOFF
BACKOFF_S = 30.0
MAX_BACKOFF_S = 6 * 3600.0


class WatchError(EventwireError):
    """A watch that cannot be added or found."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class Watch:
    name: str
    measure: str
    levels: list[float]
    actor: list[str] | None = None
    recipient: list[str] | None = None
    type: list[str] | None = None
    subject: str | None = None
    window: int = 7
    notify: str | None = None
    level: int = 0
    value: float | None = None
    history: list[dict[str, Any]] = field(default_factory=list)

    def check(self) -> None:
        """Refuse a watch that cannot work, saying why."""
        todo = "see `eventwire watch add --help`"
        if not self.name or not self.name.replace("-", "").replace("_", "").replace(".", "").isalnum():
            raise WatchError(f"bad watch name {self.name!r}", "use letters, digits, '-', '_' and '.'", todo)
        if self.measure not in MEASURES:
            raise WatchError(f"unknown measure {self.measure!r}", f"measures are {', '.join(MEASURES)}", todo)
        if not self.levels:
            raise WatchError("a watch needs levels", "--levels gives none", "pass --levels N1,N2,...")
        if any(b <= a for a, b in zip(self.levels, self.levels[1:], strict=False)):
            raise WatchError(f"levels {self.levels} do not rise", "each level must be above the one before",
                             "pass them in rising order, e.g. --levels 3,6,10")
        if self.window < 1:
            raise WatchError(f"window of {self.window} days", "a window is at least one day", "pass --window 1 or more")
        if self.measure == "figure" and not self.subject:
            raise WatchError("a figure watch needs --subject", "it says which counted thing to follow",
                             'pass e.g. --subject "fishermen"')
        if self.notify and not self.notify.lower().startswith(("http://", "https://")):
            raise WatchError(f"cannot notify {self.notify}", "--notify takes an http(s):// URL", todo)

    def spec(self) -> dict[str, Any]:
        d = asdict(self)
        for k in ("level", "value", "history", "name"):
            d.pop(k)
        return d

    def to_json(self) -> dict[str, Any]:
        """INTERFACE.md "watch"."""
        d = asdict(self)
        if not d["history"]:
            d.pop("history")
        return d

    def level_of(self, value: float) -> int:
        return sum(1 for x in self.levels if value >= x)


def add(db: sqlite3.Connection, w: Watch, replace: bool = False) -> None:
    w.check()
    with db:
        exists = db.execute("SELECT 1 FROM watches WHERE name = ?", (w.name,)).fetchone()
        if exists and not replace:
            raise WatchError(f"watch {w.name} exists", "names are unique",
                             f"remove it first (`eventwire watch remove {w.name}`) or choose another name")
        db.execute("INSERT OR REPLACE INTO watches (name, spec, level, value, checked_at, created_at)"
                   " VALUES (?,?,0,NULL,NULL,?)", (w.name, json.dumps(w.spec()), _now()))
        db.execute("DELETE FROM watch_history WHERE watch = ?", (w.name,))


def remove(db: sqlite3.Connection, name: str) -> None:
    with db:
        if db.execute("DELETE FROM watches WHERE name = ?", (name,)).rowcount == 0:
            raise WatchError(f"no watch named {name}", "it is not in this store", "`eventwire watch list` names them")
        db.execute("DELETE FROM watch_history WHERE watch = ?", (name,))


def load(db: sqlite3.Connection, history: bool = False) -> list[Watch]:
    out = []
    for r in db.execute("SELECT name, spec, level, value FROM watches ORDER BY name"):
        w = Watch(name=r[0], level=r[2], value=r[3], **json.loads(r[1]))
        if history:
            w.history = [{"at": h[0], "level": h[1], "value": h[2]} for h in db.execute(
                "SELECT at, level, value FROM watch_history WHERE watch = ? ORDER BY at", (w.name,))]
        out.append(w)
    return out


def clock(db: sqlite3.Connection) -> date:
    """The store's clock: the newest publication day among its documents, never after today."""
    today = datetime.now(UTC).date()
    row = db.execute("SELECT max(published) FROM documents").fetchone()  # the index's last entry
    try:
        newest = date.fromisoformat(row[0][:10]) if row and row[0] else today
    except ValueError:
        newest = today
    return min(newest, today)


def _party_sql(role: str, codes: list[str], args: list[Any]) -> str:
    """Incidents with a party on ``role`` whose code (or code and sector, "KORGOV") is one of ``codes``."""
    marks = ",".join("?" * len(codes))
    args += [role, *codes, *codes]
    return (f" AND EXISTS (SELECT 1 FROM incident_parties p WHERE p.incident_id = i.id AND p.role = ?"
            f" AND (p.code IN ({marks}) OR p.code || coalesce(p.sector, '') IN ({marks})))")


def matching_incidents(db: sqlite3.Connection, *, actor: list[str] | None = None, recipient: list[str] | None = None,
                       types: list[str] | None = None, since: str | None = None, until: str | None = None,
                       min_sources: int = 0, happened_only: bool = True) -> list[dict[str, Any]]:
    """Incident records matching every filter given, oldest first."""
    # with a window, walk the date index: the planner may otherwise start from a party code and
    # read that party's incidents of all time
    sql = "SELECT i.record FROM incidents i" + (" INDEXED BY incidents_date" if since and happened_only else "") \
        + " WHERE 1=1"
    args: list[Any] = []
    if happened_only:
        sql += " AND i.happened = 1"
    if since:
        # an incident spans a few days at most: bounding its first day keeps the
        # scan to the days asked for (the index is on the first day)
        sql += " AND i.date_last >= ?"
        args.append(since[:10])
        if len(since) >= 10:
            sql += " AND i.date >= ?"
            args.append((date.fromisoformat(since[:10]) - timedelta(days=MAX_SPAN_DAYS)).isoformat())
    if until:
        sql += " AND i.date <= ?"
        args.append(until[:10])
    if types:
        sql += f" AND i.event IN ({','.join('?' * len(types))})"
        args += [t.upper() for t in types]
    if min_sources:
        sql += " AND i.n_sources >= ?"
        args.append(min_sources)
    for role, codes in (("actor", actor), ("recipient", recipient)):
        if codes:
            sql += _party_sql(role, [c.upper().replace(" ", "") for c in codes], args)
    sql += " ORDER BY i.date, i.id"
    return [json.loads(r[0]) for r in db.execute(sql, args)]


def claim_id(doc_id: str, record: dict[str, Any]) -> str:
    """A claim's id: its document and where its figure stands there."""
    return hashlib.sha1(f"{doc_id}|{record.get('start')}|{record.get('end')}".encode()).hexdigest()[:16]


def _measure_figure(db: sqlite3.Connection, w: Watch, since: str, until: str) -> tuple[float, dict[str, Any]]:
    from .claims import build_ledger, claim_from_json

    rows = db.execute(
        "SELECT c.record, d.id, d.title, d.source, d.published, d.url, d.story_id FROM claims c"
        " JOIN documents d ON d.id = c.doc_id WHERE d.published >= ? AND c.subject LIKE ?"
        " ORDER BY d.published, d.id",
        (since, f"%{w.subject}%")).fetchall()
    pairs, ids = [], {}
    for r in rows:
        rec = json.loads(r[0])
        when = (rec.get("date") or r[4] or "")[:10]
        if not when or not since <= when <= until:
            continue
        meta = {"doc_id": r[1], "title": r[2], "source": r[3], "published": r[4], "url": r[5], "story_id": r[6]}
        pairs.append((claim_from_json(rec), meta))
        ids[(r[1], rec.get("text"))] = claim_id(r[1], rec)
    # every figure the subject selects (as `eventwire claims --subject` does), each source's latest
    latest: dict[str, Any] = {}
    for g in build_ledger(pairs):
        for r in g.rows:
            cur = latest.get(r.source)
            if cur is None or (r.date or "", r.published or "") >= (cur.date or "", cur.published or ""):
                latest[r.source] = r
    if not latest:
        return 0.0, {"claim_ids": [], "doc_ids": [], "range": None, "by_source": {}}
    values: dict[str, float] = {}
    for s, r in latest.items():
        v = r.value if r.value is not None else (r.low if r.low is not None else r.high)
        if v is not None:
            values[s] = float(v)
    if not values:
        return 0.0, {"claim_ids": [], "doc_ids": [], "range": None, "by_source": {}}
    evidence = {
        "claim_ids": sorted({ids.get((r.doc_id, r.figure), "") for r in latest.values()} - {""}),
        "doc_ids": sorted({r.doc_id for r in latest.values()}),
        "range": [min(values.values()), max(values.values())],
        "by_source": {s: {"figure": latest[s].figure, "value": v, "doc_id": latest[s].doc_id, "date": latest[s].date}
                      for s, v in sorted(values.items())},
    }
    return float(max(values.values())), evidence


def measure(db: sqlite3.Connection, w: Watch, today: date) -> tuple[float, dict[str, Any], dict[str, str]]:
    """(value, evidence, window) of ``w`` on the day ``today``."""
    since = (today - timedelta(days=w.window - 1)).isoformat()
    until = today.isoformat()
    window = {"since": since, "until": until}
    if w.measure == "figure":
        value, evidence = _measure_figure(db, w, since, until)
        evidence.setdefault("incident_ids", [])
        evidence.setdefault("event_ids", [])
        return value, evidence, window
    incs = [i for i in matching_incidents(db, actor=w.actor, recipient=w.recipient, types=w.type,
                                          since=since, until=until) if since <= i["date"] <= until]
    sources = sorted({s for i in incs for s in i["sources"]})
    value = float(len(incs) if w.measure == "incidents" else len(sources))
    evidence = {
        "incident_ids": [i["id"] for i in incs][:EVIDENCE_LIMIT],
        "event_ids": sorted({e for i in incs for e in i["event_ids"]})[:EVIDENCE_LIMIT],
        "claim_ids": [],
        "doc_ids": sorted({d for i in incs for d in i["doc_ids"]})[:EVIDENCE_LIMIT],
    }
    if w.measure == "sources":
        evidence["sources"] = sources
    return value, evidence, window


def evaluate(db: sqlite3.Connection, names: list[str] | None = None) -> list[dict[str, Any]]:
    """Measure every watch (or those named) on the store's clock; record the level, and an alert
    for each watch whose level changed. Runs in its own transaction; returns the new alerts."""
    alerts = []
    with db:
        watches = [w for w in load(db) if names is None or w.name in names]
        if not watches:
            return []
        today = clock(db)
        empty = db.execute("SELECT 1 FROM documents LIMIT 1").fetchone()
        empty = None if empty else True
        for w in watches:
            value, evidence, window = measure(db, w, today)
            level = w.level_of(value)
            db.execute("UPDATE watches SET level = ?, value = ?, checked_at = ? WHERE name = ?",
                       (level, value, _now(), w.name))
            if empty is None:  # an empty store has no clock: nothing to put on the level's timeline
                db.execute("INSERT OR REPLACE INTO watch_history VALUES (?,?,?,?)",
                           (w.name, today.isoformat(), level, value))
            if level == w.level:
                continue
            up = level > w.level
            seq = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM alerts WHERE watch = ?", (w.name,)).fetchone()[0]
            alert = {
                "id": "alert-" + hashlib.sha1(f"{w.name}|{seq}|{level}|{today}".encode()).hexdigest()[:12],
                "watch": w.name, "level": level, "previous_level": w.level, "direction": "up" if up else "down",
                "value": value,
                # the level crossed: the highest reached going up, the lowest left going down
                "threshold": w.levels[level - 1] if up else w.levels[level],
                "at": _now(), "as_of": today.isoformat(), "window": window, "measure": w.measure,
                "evidence": evidence,
            }
            db.execute("INSERT INTO alerts (id, watch, seq, at, record) VALUES (?,?,?,?,?)",
                       (alert["id"], w.name, seq, alert["at"], json.dumps(alert, ensure_ascii=False)))
            if w.notify:
                db.execute("INSERT OR IGNORE INTO outbox (alert_id, url, next_at) VALUES (?,?,?)",
                           (alert["id"], w.notify, alert["at"]))
            alerts.append(alert)
    return alerts


def has_watches(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT 1 FROM watches LIMIT 1").fetchone() is not None


def list_alerts(db: sqlite3.Connection, since: str | None = None, watch: str | None = None) -> list[dict[str, Any]]:
    sql, args = "SELECT record FROM alerts WHERE 1=1", []
    if since:
        sql += " AND (at >= ? OR json_extract(record, '$.as_of') >= ?)"
        args += [since, since]
    if watch:
        sql += " AND watch = ?"
        args.append(watch)
    return [json.loads(r[0]) for r in db.execute(sql + " ORDER BY watch, seq", args)]


def deliver(db: sqlite3.Connection, timeout: float = 10.0, user_agent: str = "eventwire") -> tuple[int, int]:
    """POST every due outbox row; (delivered, failed). Failures wait BACKOFF_S × 2^attempts."""
    import httpx

    now = datetime.now(UTC)
    due = db.execute("SELECT o.alert_id, o.url, o.attempts, a.record FROM outbox o JOIN alerts a ON a.id = o.alert_id"
                     " WHERE o.delivered_at IS NULL AND o.next_at <= ? ORDER BY a.at, o.alert_id",
                     (now.isoformat(timespec="seconds"),)).fetchall()
    ok = failed = 0
    for alert_id, url, attempts, record in due:
        error: str | None = None
        try:
            resp = httpx.post(url, content=record.encode(), timeout=timeout,
                              headers={"Content-Type": "application/json", "Idempotency-Key": alert_id,
                                       "User-Agent": user_agent})
            if not 200 <= resp.status_code < 300:
                error = f"HTTP {resp.status_code} {resp.reason_phrase}".strip()
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}"
        with db:
            if error is None:
                db.execute("UPDATE outbox SET delivered_at = ?, attempts = attempts + 1, last_error = NULL"
                           " WHERE alert_id = ? AND url = ?", (_now(), alert_id, url))
                ok += 1
            else:
                wait = min(MAX_BACKOFF_S, BACKOFF_S * 2 ** attempts)
                db.execute("UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_at = ?"
                           " WHERE alert_id = ? AND url = ?",
                           (error, (now + timedelta(seconds=wait)).isoformat(timespec="seconds"), alert_id, url))
                failed += 1
    return ok, failed


def outbox(db: sqlite3.Connection) -> list[dict[str, Any]]:
    return [dict(zip(("alert_id", "url", "attempts", "next_at", "last_error", "delivered_at"), r, strict=True))
            for r in db.execute("SELECT alert_id, url, attempts, next_at, last_error, delivered_at FROM outbox"
                                " ORDER BY next_at")]
