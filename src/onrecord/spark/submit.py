"""What ``spark-submit`` runs: ``onrecord spark-ingest`` on the master spark-submit gives.

    spark-submit --master yarn --archives onrecord-env.tar.gz#env \\
        "$(python -c 'import onrecord.spark.submit as s; print(s.__file__)')" \\
        s3a://bucket/cc-news/2026/11/ --out s3a://bucket/onrecord/2026-11

Arguments are those of ``onrecord spark-ingest`` (INPUT... --out DIR, --lang, --model,
--partitions, --min-confidence); see docs/spark.md.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    from onrecord.cli import cli

    cli(["spark-ingest", "--master", "", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
