namespace Pyarch.Project.Knowledge.Stack;

/// <summary>The <c>data_science</c> category.</summary>
public static class DataScience
{
    public const string Numpy = "numpy";
    public const string Pandas = "pandas";
    public const string ScikitLearn = "scikit-learn";
    public const string Jupyter = "jupyter";
    public const string Matplotlib = "matplotlib";
    public const string Pytorch = "pytorch";
    public const string Tensorflow = "tensorflow";
    public const string Dvc = "dvc";
    public const string Mlflow = "mlflow";

    private const string C = StackCategory.DataScience;

    public static readonly Technology[] All =
    [
        new(Numpy, C) { Distributions = ["numpy"], Imports = ["numpy"] },
        new(Pandas, C) { Distributions = ["pandas"], Imports = ["pandas"] },
        new(ScikitLearn, C) { Distributions = ["scikit-learn", "sklearn"], Imports = ["sklearn"] },
        new(Jupyter, C) { Distributions = ["jupyter", "notebook", "jupyterlab", "ipykernel", "nbconvert"], Files = ["*.ipynb"] },
        new(Matplotlib, C) { Distributions = ["matplotlib"], Imports = ["matplotlib"] },
        new(Pytorch, C) { Distributions = ["torch", "pytorch-lightning", "lightning"], Imports = ["torch", "pytorch_lightning", "lightning"] },
        new(Tensorflow, C) { Distributions = ["tensorflow", "tensorflow-cpu", "tensorflow-gpu", "keras"], Imports = ["tensorflow", "keras"] },
        new(Dvc, C) { Distributions = ["dvc"], Imports = ["dvc"], Files = [".dvc/", "dvc.yaml", "*.dvc"] },
        new(Mlflow, C) { Distributions = ["mlflow"], Imports = ["mlflow"], Files = ["MLproject"] },
    ];
}
