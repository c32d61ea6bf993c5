namespace Pyarch.Python;

/// <summary>Binding power of the binary operators from <c>bitwise_or</c> down to <c>term</c>, lowest first.</summary>
internal enum Precedence
{
    None,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
}
