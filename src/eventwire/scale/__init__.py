"""Scaling out: coding on a Ray cluster (``ray_engine``) and columnar Parquet datasets
(``columnar``). Ray is an optional extra (``pip install 'eventwire[ray]'``); nothing here imports
it until the Ray engine is asked for."""
