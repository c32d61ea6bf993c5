using Pyarch.Python.Ast;

namespace Pyarch.Rules.Semantics;

/// <summary>
/// What a <see cref="TaintFlow"/> treats as tainted and clean. <see cref="Sources"/> picks the request accessors.
/// <see cref="Sanitizes"/> names calls whose result is clean (<c>secure_filename(name)</c>, <c>UserSerializer(data=...)</c>);
/// such a call written as a statement of its own (<c>jsonschema.validate(data, schema)</c>) also cleans the names it
/// is given. <see cref="Guards"/> names checks that clean the names they test when they appear in an <c>if</c> or
/// <c>while</c> condition (<c>if not url_has_allowed_host_and_scheme(url, ...)</c>).
/// </summary>
public sealed record TaintPolicy(
    RequestPart Sources,
    Func<Call, ImportMap, bool> Sanitizes,
    Func<Call, ImportMap, bool> Guards);
