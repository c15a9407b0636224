"""``python -m sequence_async.testing``: serve a seeded emulator until killed."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from ._emulator import SequenceEmulator
from ._faults import DEFAULT_POOL, LOST_POOL, Faults
from ._ratelimit import DOCUMENTED_RATE_LIMIT, RateLimit
from ._server import run_forever


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m sequence_async.testing",
        description=__doc__,
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    add = parser.add_argument
    add("--host", default="127.0.0.1", help="address to listen on")
    add("--port", type=int, default=8080, help="0 picks a free port (the URL is printed once it accepts connections)")
    add("--seed", type=int, default=0, help="seed for the data and the random faults")
    add("--seed-customers", type=int, default=0, metavar="N", help="customers to create (0: start empty)")
    add("--aliases-per-customer", type=int, default=3, metavar="N", help="aliases of each seeded customer")
    add("--contacts-per-customer", type=int, default=2, metavar="N", help="contacts of each seeded customer")
    add("--latency", type=float, default=0.0, metavar="SECONDS", help="added to every response")
    add(
        "--rate-limit",
        type=_rate_limit,
        default=DOCUMENTED_RATE_LIMIT,
        metavar="N/SECONDS|off",
        help="per API key; default the documented 1500/60; 'off' for none",
    )
    add("--client-id", default="test-client", help="the HTTP Basic user it accepts")
    add("--client-secret", default="test-secret", help="the HTTP Basic password it accepts")
    add("--fault-probability", type=float, default=0.0, metavar="P", help="random faults from the default pool")
    add(
        "--lost-responses",
        action="store_true",
        help="the random faults also apply a request and then drop the connection (a reset after a write was received)",
    )
    add("--log-level", default="warning", choices=["debug", "info", "warning", "error"], help="of its request log")
    return parser


def _rate_limit(text: str) -> RateLimit | None:
    return None if text.strip().lower() in ("off", "none") else RateLimit.parse(text)


def main(argv: Sequence[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    emulator = SequenceEmulator(
        args.client_id,
        args.client_secret,
        faults=Faults(
            probability=args.fault_probability, seed=args.seed, pool=LOST_POOL if args.lost_responses else DEFAULT_POOL
        )
        if args.fault_probability
        else None,
        rate_limit=args.rate_limit,
        latency=args.latency,
        log_requests=False,  # a long-running server: keep counters only
    )
    emulator.seed(args.seed_customers, args.aliases_per_customer, args.contacts_per_customer, seed=args.seed)
    run_forever(emulator, args.host, args.port, args.log_level)


if __name__ == "__main__":
    main()
