from pathlib import Path

from src.visualization.plots import plot_feature_weights


def test_feature_weights_chart_is_written_as_png(tmp_path: Path) -> None:
    path = plot_feature_weights(["x1", "x2"], [0.5, -1.5], tmp_path / "weights.png")

    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
