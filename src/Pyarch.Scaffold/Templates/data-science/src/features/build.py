"""Feature engineering, kept pure so it is trivial to test."""
from __future__ import annotations

from typing import List, Tuple

import pandas as pd

FEATURES: List[str] = ["x1", "x2", "x1_times_x2", "distance"]


def build_features(frame: pd.DataFrame) -> Tuple[pd.DataFrame, pd.Series]:
    features = pd.DataFrame(
        {
            "x1": frame["x1"],
            "x2": frame["x2"],
            "x1_times_x2": frame["x1"] * frame["x2"],
            "distance": (frame["x1"] ** 2 + frame["x2"] ** 2) ** 0.5,
        }
    )
    return features[FEATURES], frame["label"].astype(int)
