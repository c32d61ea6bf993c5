from pathlib import Path

import pytest

from src.data.load import load_raw, make_sample_dataset, save_processed


def test_sample_dataset_is_reproducible() -> None:
    assert make_sample_dataset(50, seed=1).equals(make_sample_dataset(50, seed=1))


def test_processed_tables_round_trip(tmp_path: Path) -> None:
    frame = make_sample_dataset(20)

    path = save_processed(frame, tmp_path / "processed" / "dataset.csv")

    assert len(load_raw(path)) == 20


def test_raw_data_without_required_columns_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("x1,label\n1,0\n")

    with pytest.raises(ValueError, match="x2"):
        load_raw(path)
