using Pyarch.Project.Modules;
using Pyarch.Python.Ast;

namespace Pyarch.Project.Settings;

public sealed partial class SettingsInterpreter
{
    /// <summary>
    /// <c>from .base import *</c> copies the public names of a project module as it stands once imported;
    /// <c>from .base import X</c> takes one; names from outside the project become symbols
    /// (<c>from decouple import config</c> binds <c>decouple.config</c>).
    /// </summary>
    private void ImportNames(ImportFrom from, PythonModule module, Dictionary<string, SettingValue> scope)
    {
        if (ImportCollector.Resolve(from.Module, from.Level, module.Package) is not { } source)
        {
            return;
        }
        var internalModule = from.Level > 0 || _modules.IsInternal(source) ? _modules.Get(source) : null;
        if (from.Names is [{ Name: "*" }])
        {
            if (internalModule is not null)
            {
                foreach (var (name, value) in Run(internalModule).Where(p => !p.Key.StartsWith('_')))
                {
                    scope[name] = value;
                }
            }
            return;
        }
        foreach (var alias in from.Names)
        {
            string bound = alias.Asname ?? alias.Name;
            string qualified = source + "." + alias.Name;
            scope[bound] = internalModule is not null && _modules.Get(qualified) is null && Run(internalModule).GetValueOrDefault(alias.Name) is { } value
                ? value
                : new SettingValue.Symbol(qualified);
        }
    }
}
