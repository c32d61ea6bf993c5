namespace Pyarch.Project.Knowledge.Stack;

/// <summary>
/// The <c>platforms</c> category. Kubernetes, Cloud Run and ECS are also recognized from the content of
/// manifests (see the detector); everything else is marker files, distributions and CI deploy steps.
/// </summary>
public static class Platforms
{
    public const string Heroku = "heroku";
    public const string Kubernetes = "kubernetes";
    public const string AwsLambda = "aws-lambda";
    public const string Zappa = "zappa";
    public const string Chalice = "chalice";
    public const string AwsEcs = "aws-ecs";
    public const string AwsElasticBeanstalk = "aws-elastic-beanstalk";
    public const string CloudRun = "cloud-run";
    public const string AppEngine = "app-engine";
    public const string AzureAppService = "azure-app-service";
    public const string AzureFunctions = "azure-functions";
    public const string Fly = "fly";
    public const string Render = "render";
    public const string PythonAnywhere = "pythonanywhere";
    public const string Vercel = "vercel";

    private const string C = StackCategory.Platforms;

    public static readonly Technology[] All =
    [
        new(Heroku, C) { Files = ["Procfile", "app.json", "heroku.yml"], CiMentions = ["heroku-deploy", "git push heroku"] },
        new(Kubernetes, C) { Files = ["Chart.yaml", "kustomization.yaml", "kustomization.yml", "skaffold.yaml"], CiMentions = ["kubectl apply", "helm upgrade"] },
        new(AwsLambda, C)
        {
            Distributions = ["mangum", "aws-lambda-powertools", "aws-wsgi", "serverless-wsgi"], Imports = ["mangum", "aws_lambda_powertools"],
            Files = ["serverless.yml", "serverless.yaml", "samconfig.toml", "zappa_settings.json", "zappa_settings.yml", "zappa_settings.yaml", ".chalice/"],
        },
        new(Zappa, C) { Distributions = ["zappa"], Files = ["zappa_settings.json", "zappa_settings.yml", "zappa_settings.yaml", "zappa_settings.toml"] },
        new(Chalice, C) { Distributions = ["chalice"], Imports = ["chalice"], Files = [".chalice/"] },
        new(AwsEcs, C) { Files = ["ecs-params.yml", "copilot/"], CiMentions = ["amazon-ecs-deploy-task-definition", "aws ecs update-service", "ecs-cli"] },
        new(AwsElasticBeanstalk, C) { Files = [".ebextensions/", ".elasticbeanstalk/", ".platform/"], CiMentions = ["eb deploy", "beanstalk-deploy"] },
        new(CloudRun, C) { CiMentions = ["gcloud run deploy", "deploy-cloudrun"] },
        new(AppEngine, C) { Files = ["app.yaml"], CiMentions = ["gcloud app deploy", "deploy-appengine"] },
        new(AzureAppService, C) { CiMentions = ["azure/webapps-deploy", "az webapp"] },
        new(AzureFunctions, C) { Distributions = ["azure-functions"], Imports = ["azure.functions"], Files = ["host.json", "function_app.py"], CiMentions = ["azure/functions-action"] },
        new(Fly, C) { Files = ["fly.toml"], CiMentions = ["flyctl deploy"] },
        new(Render, C) { Files = ["render.yaml"] },
        new(PythonAnywhere, C) { Files = ["*_pythonanywhere_com_wsgi.py"], CiMentions = ["pythonanywhere.com/api"] },
        new(Vercel, C) { Files = ["vercel.json"], CiMentions = ["vercel deploy", "amondnet/vercel-action"] },
    ];
}
