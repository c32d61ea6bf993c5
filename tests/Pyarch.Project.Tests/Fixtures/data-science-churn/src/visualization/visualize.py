import matplotlib.pyplot as plt


def plot_importance(names, values):
    plt.barh(names, values)
    plt.savefig("reports/figures/importance.png")
