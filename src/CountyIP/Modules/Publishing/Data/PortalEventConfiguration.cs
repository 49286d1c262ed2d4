using CountyIP.Modules.Publishing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Modules.Publishing.Data;

/// <summary>Table of <see cref="PortalEvent"/>.</summary>
internal sealed class PortalEventConfiguration : IEntityTypeConfiguration<PortalEvent>
{
    public void Configure(EntityTypeBuilder<PortalEvent> builder)
    {
        builder.ToTable("publishing_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Title).HasMaxLength(PortalEvent.TitleMaxLength).IsRequired();
        builder.Property(e => e.Place).HasMaxLength(PortalEvent.PlaceMaxLength);
        builder.Property(e => e.Organiser).HasMaxLength(PortalEvent.OrganiserMaxLength);
        builder.Property(e => e.Description).HasMaxLength(PortalEvent.DescriptionMaxLength);
        builder.Property(e => e.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.LastDay);

        // The calendar reads one month of published events.
        builder.HasIndex(e => new { e.State, e.StartsOn });
    }
}
