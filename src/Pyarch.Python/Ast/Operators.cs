namespace Pyarch.Python.Ast;

public enum ExprContext { Load, Store, Del }

public enum BoolOperator { And, Or }

/// <summary>Binary operators, named as CPython's <c>operator</c> classes.</summary>
public enum Operator { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }

public enum UnaryOperator { Invert, Not, UAdd, USub }

public enum CmpOperator { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }
