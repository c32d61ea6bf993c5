namespace Pyarch.Python;

public sealed partial class Tokenizer
{
    /// <summary>At a digit, or a dot before a digit: one number literal, validated as CPython's <c>tok_get</c> does.</summary>
    private void ScanNumber(int start)
    {
        char c = _chars[_pos];
        if (c == '0' && PeekChar() is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            ScanPrefixedInteger(start);
            return;
        }

        bool isFloat = false;
        if (c != '.')
        {
            if (!ReadDecimalDigits())
            {
                return;
            }
        }
        if (Current == '.')
        {
            isFloat = true;
            _pos++;
            if (char.IsAsciiDigit(Current) && !ReadDecimalDigits())
            {
                return;
            }
        }
        if (Current is 'e' or 'E')
        {
            char n = PeekChar();
            if (char.IsAsciiDigit(n) || ((n == '+' || n == '-') && char.IsAsciiDigit(PeekChar(2))))
            {
                isFloat = true;
                _pos += char.IsAsciiDigit(n) ? 1 : 2;
                if (!ReadDecimalDigits())
                {
                    return;
                }
            }
            else if (n == '+' || n == '-')
            {
                Fail("invalid decimal literal", _pos + 2);
                return;
            }
        }
        if (Current is 'j' or 'J')
        {
            _pos++;
            if (VerifyNumberEnd("imaginary"))
            {
                Add(TokenKind.Number, start);
            }
            return;
        }
        if (!isFloat && _chars[start] == '0' && !IsAllZeros(start, _pos))
        {
            FailAt("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", start);
            return;
        }
        if (VerifyNumberEnd("decimal"))
        {
            Add(TokenKind.Number, start);
        }
    }

    private bool IsAllZeros(int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (_chars[i] != '0' && _chars[i] != '_')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Digits with single underscores between them: <c>digit (['_'] digit)*</c>.</summary>
    private bool ReadDecimalDigits()
    {
        while (true)
        {
            while (char.IsAsciiDigit(Current))
            {
                _pos++;
            }
            if (Current != '_')
            {
                return true;
            }
            _pos++;
            if (!char.IsAsciiDigit(Current))
            {
                Fail("invalid decimal literal", _pos);
                return false;
            }
        }
    }

    private void ScanPrefixedInteger(int start)
    {
        char kind = char.ToLowerInvariant(PeekChar());
        _pos += 2;
        (string name, int radix) = kind switch { 'x' => ("hexadecimal", 16), 'o' => ("octal", 8), _ => ("binary", 2) };
        bool any = false;
        while (true)
        {
            if (Current == '_')
            {
                _pos++;
            }
            if (!IsDigitOf(Current, radix))
            {
                if (char.IsAsciiDigit(Current) && radix < 10)
                {
                    Fail($"invalid digit '{Current}' in {name} literal", _pos + 1);
                    return;
                }
                if (!any || _chars[_pos - 1] == '_')
                {
                    Fail($"invalid {name} literal", _pos);
                    return;
                }
                break;
            }
            any = true;
            while (IsDigitOf(Current, radix))
            {
                _pos++;
            }
        }
        if (VerifyNumberEnd(name))
        {
            Add(TokenKind.Number, start);
        }
    }

    private static bool IsDigitOf(char c, int radix) => radix switch
    {
        16 => char.IsAsciiHexDigit(c),
        8 => c is >= '0' and <= '7',
        2 => c is '0' or '1',
        _ => char.IsAsciiDigit(c),
    };

    /// <summary>
    /// CPython's <c>verify_end_of_number</c>: a number may run straight into the keywords <c>and else for if in is
    /// not or</c> (with a warning), but not into any other name character.
    /// </summary>
    private bool VerifyNumberEnd(string kind)
    {
        char c = Current;
        if (c < 0x80 && !IsAsciiIdentifierChar(c))
        {
            return true;
        }
        if (c >= 0x80 && !char.IsLetterOrDigit(c))
        {
            return true;
        }
        return KeywordFollowsNumber(kind);
    }

    /// <summary>A letter after a number: a keyword may follow it directly (<c>1if x else y</c>), anything else fails.</summary>
    private bool KeywordFollowsNumber(string kind)
    {
        ReadOnlySpan<char> rest = Text[_pos..];
        foreach (string keyword in (ReadOnlySpan<string>)["and", "else", "for", "if", "in", "is", "not", "or"])
        {
            if (rest.StartsWith(keyword, StringComparison.Ordinal))
            {
                return true;
            }
        }
        Fail($"invalid {kind} literal", _pos);
        return false;
    }
}
