#!/usr/bin/env python3
"""Writes caseload.csv: a synthetic, deterministic EHCP caseload for the scrutiny sample report.

The cases are invented (no real child is represented). They are shaped so that the statutory engine, run over them
at 30 November 2024, reproduces the headlines in Devon's January 2025 scrutiny paper (seed 001):
  - 158 plans issued a month on average over the six months June-November 2024,
    80 a month over the previous five months (January-May 2024), 83 a month in 2023;
  - EHC needs assessment requests up 18.42% on the same period last year (January-November);
  - overdue annual reviews down from 1,070 (31 May 2024) to 900 (30 November 2024).
The files are in the caseload format of `send timescales caseload` (docs/statutory-timescales.md): case_id,
request_received, decision_not_to_assess, final_issued, last_review_meeting. A caseload file holds each case as it
stood on one date, so the overdue reviews at 31 May 2024 come from a second snapshot, caseload-2024-05-31.csv (the
same cases as they stood then: later requests, decisions, plans and reviews not yet made). A declined request is
recorded as decided on the sixth week after the request (SEND Regulations 2014, reg 5(1)).
Run: python3 generate_caseload.py (writes both files beside this script).
"""
import datetime as dt
import random

rng = random.Random(20250114)
D = dt.date
rows = []


def add(requested, outcome, issued=None, reviews=()):
    rows.append((requested, outcome, issued, list(reviews)))


def days_in(year, month):
    nxt = D(year + (month == 12), month % 12 + 1, 1)
    return (nxt - D(year, month, 1)).days


def spread(year, month, count):
    """count issue dates spread over working days of the month."""
    days = [D(year, month, d) for d in range(1, days_in(year, month) + 1) if D(year, month, d).weekday() < 5]
    return [days[i * len(days) // count] for i in range(count)]


def plus_months(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    return D(d.year + y, m + 1, min(d.day, days_in(d.year + y, m + 1)))


# Plans issued: 83/month in 2023 (996), 80/month Jan-May 2024 (400), 158/month Jun-Nov 2024 (948).
monthly = {(2023, m): 83 for m in range(1, 13)}
monthly.update({(2024, m): 80 for m in range(1, 6)})
monthly.update({(2024, m): 158 for m in range(6, 12)})
AS_OF = D(2024, 11, 30)
for (y, m), n in sorted(monthly.items()):
    for issued in spread(y, m, n):
        weeks = rng.randint(16, 44)
        requested = issued - dt.timedelta(weeks=weeks, days=rng.randint(0, 4))
        review = plus_months(issued, 11)
        add(requested, "issued", issued, [review] if review <= AS_OF else [])

# Older plans (issued 2019-2022) to give the annual review picture.
A, B = D(2024, 5, 31), D(2024, 11, 30)


def old_plan(last_review, later_reviews=()):
    issued = plus_months(last_review, -12 * rng.randint(2, 4))
    requested = issued - dt.timedelta(weeks=rng.randint(18, 30))
    add(requested, "issued", issued, [last_review, *later_reviews])


def day_between(start, end):
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


# 1,070 overdue at A: last review between June 2022 and 30 May 2023 (due before A). 600 are reviewed between A and B.
for i in range(1070):
    last = day_between(D(2022, 6, 1), D(2023, 5, 30))
    add_review = [day_between(D(2024, 6, 1), D(2024, 11, 29))] if i < 600 else []
    old_plan(last, add_review)
# 430 fall overdue between A and B: last review 1 June - 29 November 2023, not reviewed since.
for _ in range(430):
    old_plan(day_between(D(2023, 6, 1), D(2023, 11, 29)))
# 800 reviewed on time (last review in 2024 up to 29 November): never overdue in the window.
for _ in range(800):
    last = day_between(D(2023, 12, 1), D(2024, 11, 29))
    issued_review = plus_months(last, -12)
    old_plan(issued_review, [last])

# Requests: January-November 2023 must be 1,900 and January-November 2024 2,250 (+18.42%).
def count(start, end):
    return sum(1 for r in rows if start <= r[0] <= end)


for (start, end, target) in ((D(2023, 1, 1), D(2023, 11, 30), 1900), (D(2024, 1, 1), D(2024, 11, 30), 2250)):
    have = count(start, end)
    assert have <= target, (start, have)
    for i in range(target - have):
        requested = day_between(start, end)
        # Requests still open at 30 November 2024 form the backlog; older ones mostly ended in a decision not to assess.
        open_ = requested >= D(2024, 1, 1) and (requested >= D(2024, 7, 1) or i % 4 == 0)
        add(requested, "open" if open_ else "declined")

rows.sort(key=lambda r: (r[0], r[2] or D(9999, 1, 1)))


def write(path, as_at):
    with open(path, "w", newline="") as out:
        out.write("case_id,request_received,decision_not_to_assess,final_issued,last_review_meeting\n")
        for i, (requested, outcome, issued, reviews) in enumerate(rows, 1):
            if requested > as_at:
                continue
            declined = requested + dt.timedelta(weeks=6) if outcome == "declined" else None
            declined = declined if declined and declined <= as_at else None
            issued = issued if issued and issued <= as_at else None
            known = [r for r in reviews if r <= as_at]
            last = max(known) if known and issued else None
            out.write(f"C{i:05d},{requested.isoformat()},{declined.isoformat() if declined else ''},"
                      f"{issued.isoformat() if issued else ''},{last.isoformat() if last else ''}\n")


import os
here = os.path.dirname(os.path.abspath(__file__))
write(os.path.join(here, "caseload.csv"), AS_OF)
write(os.path.join(here, "caseload-2024-05-31.csv"), A)
