import pandas as pd

from src.features.build import FEATURES, build_features


def test_features_are_derived_from_the_raw_columns() -> None:
    frame = pd.DataFrame({"x1": [3.0], "x2": [4.0], "label": [1]})

    features, labels = build_features(frame)

    assert list(features.columns) == FEATURES
    assert features.iloc[0]["x1_times_x2"] == 12.0
    assert features.iloc[0]["distance"] == 5.0
    assert labels.tolist() == [1]
