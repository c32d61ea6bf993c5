"""Charts written to files, so they work on servers without a display."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402  (the backend must be chosen first)


def plot_feature_weights(names: Sequence[str], weights: Sequence[float], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    figure, axes = plt.subplots(figsize=(6, 3))
    axes.barh(list(names), [abs(weight) for weight in weights])
    axes.set_xlabel("|coefficient|")
    axes.set_title("Feature weights")
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)
    return path
