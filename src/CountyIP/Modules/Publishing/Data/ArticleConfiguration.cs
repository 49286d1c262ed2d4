using CountyIP.Modules.Publishing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Modules.Publishing.Data;

/// <summary>Tables of <see cref="Article"/> and its attachments; the DbContext finds this configuration by itself.</summary>
internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("publishing_articles");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Title).HasMaxLength(Article.TitleMaxLength).IsRequired();
        builder.Property(a => a.Summary).HasMaxLength(Article.SummaryMaxLength);
        builder.Property(a => a.Body).HasMaxLength(Article.BodyMaxLength).IsRequired();
        builder.Property(a => a.Issuer).HasMaxLength(Article.IssuerMaxLength);
        builder.Property(a => a.DocumentNumber).HasMaxLength(Article.DocumentNumberMaxLength);
        builder.Property(a => a.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(a => a.Version).IsConcurrencyToken();

        // The public lists read one channel's published items, pinned first, newest first.
        builder.HasIndex(a => new { a.State, a.Channel, a.Pinned, a.PublishedUtc });
        builder.OwnsMany(a => a.Attachments, f =>
        {
            f.ToTable("publishing_article_attachments");
            f.WithOwner().HasForeignKey(x => x.ArticleId);
            f.HasKey(x => x.Id);
            f.Property(x => x.Id).ValueGeneratedNever();
            f.Property(x => x.FileKey).HasMaxLength(200).IsRequired();
            f.Property(x => x.FileName).HasMaxLength(255).IsRequired();
            f.Property(x => x.ContentType).HasMaxLength(100).IsRequired();
        });
        builder.Navigation(a => a.Attachments).HasField("attachments").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
