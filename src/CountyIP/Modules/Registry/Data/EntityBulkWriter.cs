using System.Data.Common;
using CountyIP.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CountyIP.Modules.Registry.Data;

/// <summary>
/// Inserts new entities (with their owned collections) through one prepared INSERT per table, on the DbContext's
/// connection and inside its current transaction. Tables, columns, value conversions and parameter types come from the
/// EF model, so the rows are exactly what SaveChanges would write; only the change tracker is skipped, which is what
/// makes a million-row import fit in memory and time (issue 3 §8). Updates of existing rows still go through EF.
/// The demo district is seeded through it too (issue 11 §4). Made by <see cref="EntityBulkWriterFactory"/> inside the
/// transaction its commands join (a <see cref="Platform.Data.BulkLoad"/>).
/// </summary>
internal sealed class EntityBulkWriter(CountyIpDbContext db, ISqlGenerationHelper sql) : IDisposable
{
    private readonly Dictionary<IEntityType, TableInsert> inserts = [];
    private readonly Dictionary<Type, IEntityType> types = [];

    public void Insert<T>(T entity)
        where T : class
    {
        if (!types.TryGetValue(typeof(T), out var type))
        {
            type = types[typeof(T)] = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        }

        Insert(type, entity, null);
    }

    /// <summary>Inserts every item of <paramref name="items"/> (with its owned collections).</summary>
    public void InsertAll<T>(IEnumerable<T> items)
        where T : class
    {
        foreach (var item in items)
        {
            Insert(item);
        }
    }

    private void Insert(IEntityType type, object entity, object?[]? ownerKey)
    {
        if (!inserts.TryGetValue(type, out var insert))
        {
            insert = inserts[type] = new TableInsert(db, sql, type);
        }

        insert.Execute(entity, ownerKey);
        foreach (var navigation in insert.OwnedCollections)
        {
            if (navigation.GetGetter().GetClrValueUsingContainingEntity(entity) is not System.Collections.IEnumerable items)
            {
                continue;
            }

            object?[]? key = null;
            foreach (var item in items)
            {
                // The owner's key is read once, and only when the collection has an item (most have none or one).
                key ??= [.. navigation.ForeignKey.PrincipalKey.Properties.Select(p => p.GetGetter().GetClrValueUsingContainingEntity(entity))];
                Insert(navigation.TargetEntityType, item, key);
            }
        }
    }

    public void Dispose()
    {
        foreach (var insert in inserts.Values)
        {
            insert.Dispose();
        }
    }

    private sealed class TableInsert : IDisposable
    {
        private readonly DbCommand command;
        private readonly Column[] columns;

        public TableInsert(CountyIpDbContext db, ISqlGenerationHelper sql, IEntityType type)
        {
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            if (type.GetNavigations().Any(n => n.TargetEntityType.IsOwned() && !n.IsCollection))
            {
                throw new NotSupportedException($"{type.DisplayName()} has an owned reference; the bulk writer handles owned collections only.");
            }

            OwnedCollections = [.. type.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && n.IsCollection && n.TargetEntityType.GetTableName() is not null)];
            var ownership = type.FindOwnership();
            command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var list = new List<Column>();
            var names = new List<string>();
            var placeholders = new List<string>();
            foreach (var property in type.GetProperties())
            {
                if (property.GetColumnName(table) is not { } column)
                {
                    continue;
                }

                int? ownerIndex = null;
                if (property.IsShadowProperty())
                {
                    var fkIndex = ownership?.Properties.ToList().IndexOf(property) ?? -1;
                    ownerIndex = fkIndex >= 0 ? fkIndex : throw new NotSupportedException($"Shadow property {property.Name} of {type.DisplayName()} is not an owner key.");
                }

                var name = "p" + list.Count;
                // The parameter carries the prefixed name the SQL uses (@p0), as EF's own commands do: an unprefixed
                // name makes Microsoft.Data.Sqlite look each parameter up under every prefix on every execution, which
                // was a fifth of an import's time (issue 11 §4, bench/README.md).
                var parameter = property.GetRelationalTypeMapping().CreateParameter(command, sql.GenerateParameterName(name), null, property.IsNullable);
                command.Parameters.Add(parameter);
                var converter = property.GetTypeMapping().Converter;
                list.Add(new Column(property.IsShadowProperty() ? null : property.GetGetter(), converter is null ? null : converter.ConvertToProvider, parameter, ownerIndex));
                names.Add(sql.DelimitIdentifier(column));
                placeholders.Add(sql.GenerateParameterNamePlaceholder(name));
            }

            columns = [.. list];
            command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", names)}) VALUES ({string.Join(", ", placeholders)})";
            command.Prepare();
        }

        public IReadOnlyList<INavigation> OwnedCollections { get; }

        public void Execute(object entity, object?[]? ownerKey)
        {
            foreach (var column in columns)
            {
                var value = column.OwnerKeyIndex is { } i ? ownerKey![i] : column.Getter!.GetClrValueUsingContainingEntity(entity);
                if (value is not null && column.Convert is not null)
                {
                    value = column.Convert(value);
                }

                column.Parameter.Value = value ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }

        public void Dispose() => command.Dispose();

        /// <summary>One column: how to read the value (or which owner key it is), convert it, and where it goes.</summary>
        private sealed record Column(IClrPropertyGetter? Getter, Func<object?, object?>? Convert, DbParameter Parameter, int? OwnerKeyIndex);
    }
}

/// <summary>
/// Makes <see cref="EntityBulkWriter"/>s for the scope's DbContext. EF Core's SQL helper (identifier quoting and
/// parameter placeholders of the provider) comes in by constructor: the Registry module's registration takes it from
/// the context, so the writer itself never asks a service provider (issue 10 item 3).
/// </summary>
internal sealed class EntityBulkWriterFactory(CountyIpDbContext db, ISqlGenerationHelper sql)
{
    /// <summary>A writer whose commands join the context's current transaction: call it inside that transaction.</summary>
    public EntityBulkWriter Create() => new(db, sql);
}
