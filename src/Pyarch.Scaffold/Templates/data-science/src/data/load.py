"""Raw data is read-only: load it from data/raw, write derived tables to data/processed."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

REQUIRED_COLUMNS = ("x1", "x2", "label")


def make_sample_dataset(rows: int = 500, seed: int = 42) -> pd.DataFrame:
    """A small labelled dataset, so the pipeline runs before real data arrives."""
    rng = np.random.default_rng(seed)
    x1 = rng.normal(size=rows)
    x2 = rng.normal(size=rows)
    noise = rng.normal(scale=0.3, size=rows)
    label = (x1 + 2 * x2 + noise > 0).astype(int)
    return pd.DataFrame({"x1": x1, "x2": x2, "label": label})


def load_raw(path: Path) -> pd.DataFrame:
    frame = pd.read_csv(path)
    missing = [column for column in REQUIRED_COLUMNS if column not in frame.columns]
    if missing:
        raise ValueError(f"{path} lacks columns: {', '.join(missing)}")
    return frame.dropna(subset=list(REQUIRED_COLUMNS))


def save_processed(frame: pd.DataFrame, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False)
    return path
