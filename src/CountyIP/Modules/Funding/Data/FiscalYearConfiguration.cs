using CountyIP.Modules.Funding.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CountyIP.Modules.Funding.Data;

/// <summary>
/// Fiscal years and their budget lines. Money is stored with two decimals (fen-exact, issue 12 §4): the input refuses
/// more, so nothing is rounded on the way in.
/// </summary>
internal sealed class FiscalYearConfiguration : IEntityTypeConfiguration<FiscalYear>
{
    public void Configure(EntityTypeBuilder<FiscalYear> builder)
    {
        builder.ToTable("funding_fiscal_years");
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
        builder.Property(y => y.GeneralBudgetExpenditure).HasPrecision(18, 2);
        builder.Property(y => y.SpecialFundAppropriation).HasPrecision(18, 2);
        builder.Property(y => y.ApprovedGeneralBudgetExpenditure).HasPrecision(18, 2);
        builder.Property(y => y.ApprovedSpecialFundAppropriation).HasPrecision(18, 2);
        builder.Property(y => y.SourceDocument).HasMaxLength(FiscalYear.SourceDocumentMaxLength);
        builder.Property(y => y.ApprovedSourceDocument).HasMaxLength(FiscalYear.SourceDocumentMaxLength);
        builder.Property(y => y.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(y => y.EnteredBy).HasMaxLength(256).IsRequired();
        builder.Property(y => y.ApprovedBy).HasMaxLength(256);
        builder.Property(y => y.ApprovedEnteredBy).HasMaxLength(256);
        builder.Property(y => y.Version).IsConcurrencyToken();
        builder.OwnsMany(y => y.Lines, line =>
        {
            line.ToTable("funding_budget_lines");
            line.WithOwner().HasForeignKey("Year");
            line.Property(l => l.Use).HasConversion<string>().HasMaxLength(30);
            line.HasKey("Year", nameof(BudgetLine.Use));
            line.Property(l => l.Proposed).HasPrecision(18, 2);
            line.Property(l => l.Approved).HasPrecision(18, 2);
            line.Property(l => l.Committed).HasPrecision(18, 2);
            line.Property(l => l.Paid).HasPrecision(18, 2);
        });
        builder.Navigation(y => y.Lines).HasField("lines").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
