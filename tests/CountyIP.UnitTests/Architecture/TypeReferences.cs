using System.Reflection;
using System.Reflection.Emit;

namespace CountyIP.UnitTests.Architecture;

/// <summary>
/// Every type a type uses: its signature (base type, interfaces, attributes, fields, properties, events, method
/// parameters and returns, generic arguments) and the types and members its method bodies touch, read from the IL.
/// Compiler-generated nested types (lambdas, async state machines) count for the type that declares them.
/// </summary>
internal static class TypeReferences
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The outermost declaring type, whose namespace says which area a nested type belongs to.</summary>
    public static Type Outermost(Type type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    /// <summary>All types <paramref name="type"/> references, with generic arguments and element types unwrapped.</summary>
    public static IReadOnlySet<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t) => Unwrap(t, found);

        Add(type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(i);
        }

        AddAttributes(type.CustomAttributes, Add);
        foreach (var field in type.GetFields(All))
        {
            Add(field.FieldType);
            AddAttributes(field.CustomAttributes, Add);
        }

        foreach (var property in type.GetProperties(All))
        {
            Add(property.PropertyType);
            AddAttributes(property.CustomAttributes, Add);
        }

        foreach (var @event in type.GetEvents(All))
        {
            Add(@event.EventHandlerType);
        }

        foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (method is MethodInfo info)
            {
                Add(info.ReturnType);
                foreach (var argument in info.IsGenericMethodDefinition ? info.GetGenericArguments() : [])
                {
                    foreach (var constraint in argument.GetGenericParameterConstraints())
                    {
                        Add(constraint);
                    }
                }
            }

            AddAttributes(method.CustomAttributes, Add);
            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType);
                AddAttributes(parameter.CustomAttributes, Add);
            }

            VisitBody(method, member => AddMember(member, Add));
        }

        // Lambdas, async state machines and nested types count for the type that declares them: without this an
        // `await` or a lambda hid whatever it touched from every check that starts from the outermost type.
        foreach (var nested in type.GetNestedTypes(All))
        {
            found.UnionWith(Of(nested));
        }

        return found;
    }

    private static void AddAttributes(IEnumerable<CustomAttributeData> attributes, Action<Type?> add)
    {
        foreach (var attribute in attributes)
        {
            add(attribute.AttributeType);
            foreach (var argument in attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(n => n.TypedValue)))
            {
                add(argument.Value as Type);
            }
        }
    }

    private static void Unwrap(Type? type, HashSet<Type> found)
    {
        if (type is null || type.IsGenericParameter)
        {
            return;
        }

        if (type.HasElementType)
        {
            Unwrap(type.GetElementType(), found);
            return;
        }

        if (type.IsConstructedGenericType)
        {
            found.Add(type.GetGenericTypeDefinition());
            foreach (var argument in type.GetGenericArguments())
            {
                Unwrap(argument, found);
            }

            return;
        }

        found.Add(type);
    }

    /// <summary>Every method a type's bodies call, its compiler-generated nested types (lambdas, async state machines) included.</summary>
    public static IReadOnlyList<MethodBase> CallsOf(Type type)
    {
        var calls = new List<MethodBase>();
        foreach (var declaring in new[] { type }.Concat(NestedTypes(type)))
        {
            foreach (var method in declaring.GetMethods(All).Cast<MethodBase>().Concat(declaring.GetConstructors(All)))
            {
                VisitBody(method, member =>
                {
                    if (member is MethodBase called)
                    {
                        calls.Add(called);
                    }
                });
            }
        }

        return calls;
    }

    private static IEnumerable<Type> NestedTypes(Type type) =>
        type.GetNestedTypes(All).SelectMany(nested => new[] { nested }.Concat(NestedTypes(nested)));

    private static void VisitBody(MethodBase method, Action<MemberInfo> visit)
    {
        byte[]? il;
        try
        {
            il = method.GetMethodBody()?.GetILAsByteArray();
        }
        catch (BadImageFormatException)
        {
            return;
        }

        if (il is null)
        {
            return;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            short value = il[position++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[position++]);
            }

            var opCode = OpCodesByValue[value];
            switch (opCode.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, position);
                    position += 4;
                    if (Resolve(method.Module, token, typeArguments, methodArguments) is { } member)
                    {
                        visit(member);
                    }

                    break;
                case OperandType.InlineSwitch:
                    var count = BitConverter.ToInt32(il, position);
                    position += 4 + (4 * count);
                    break;
                default:
                    position += OperandSize(opCode.OperandType);
                    break;
            }
        }
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static void AddMember(MemberInfo member, Action<Type?> add)
    {
        switch (member)
        {
            case Type type:
                add(type);
                break;
            case FieldInfo field:
                add(field.DeclaringType);
                add(field.FieldType);
                break;
            case MethodBase called:
                add(called.DeclaringType);
                if (called is MethodInfo info)
                {
                    add(info.ReturnType);
                    if (info.IsGenericMethod)
                    {
                        foreach (var argument in info.GetGenericArguments())
                        {
                            add(argument);
                        }
                    }
                }

                foreach (var parameter in called.GetParameters())
                {
                    add(parameter.ParameterType);
                }

                break;
        }
    }

    private static int OperandSize(OperandType operandType) => operandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };
}
