namespace CountyIP.Modules.Registry;

/// <summary>Settings of the registry module (section <c>Registry</c>).</summary>
public sealed class RegistryOptions
{
    public const string SectionName = "Registry";

    /// <summary>
    /// Division names that put an unregistered first applicant's address inside the district (issue 3 §2: "the district
    /// of the first applicant — from the linked enterprise, else from division names in the address").
    /// </summary>
    public IList<string> DistrictAddressMarkers { get; init; } = [];

    /// <summary>Seed of the demo data generator: the same seed gives the same district.</summary>
    public int DemoSeed { get; init; } = 2013;

    /// <summary>Multiplies the demo data's counts (<c>seed-demo --scale N</c>); 1 gives about 300 enterprises and 3,000 patents.</summary>
    public int DemoScale { get; init; } = 1;
}
