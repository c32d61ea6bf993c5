import numpy as np
import pandas as pd


def add_tenure_buckets(frame: pd.DataFrame) -> pd.DataFrame:
    frame["tenure_bucket"] = np.digitize(frame["tenure"], [6, 12, 24])
    return frame
