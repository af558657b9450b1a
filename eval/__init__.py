"""Gold-set evaluations. Each module has ``evaluate() -> dict[str, float]`` and prints its figures
when run (``python -m eval.NAME``); ``eval/floors/NAME.json`` pins the floors that tests enforce."""
