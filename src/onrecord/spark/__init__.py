"""onrecord on Spark: the same extraction and the same merge rules over a cluster, written as
Parquet (``job.spark_ingest``, ``onrecord spark-ingest``, ``spark-submit`` of ``submit.py``),
and loaded into a corpus database (``load.load``, ``onrecord load``). See docs/spark.md.

``job`` and ``submit`` need PySpark (``pip install onrecord[spark]``); ``tables``, ``merge``
and ``load`` do not.
"""
