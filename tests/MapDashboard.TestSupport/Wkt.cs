using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace MapDashboard.TestSupport;

/// <summary>Geometry from WKT, always SRID 4326 (an SRID-0 geometry inserts silently and then breaks queries).</summary>
public static class Wkt
{
    private static readonly WKTReader Reader = new(NtsGeometryServices.Instance.CreateGeometryFactory(4326).GeometryServices);

    public static T Read<T>(string wkt) where T : Geometry
    {
        var g = (T)Reader.Read(wkt);
        g.SRID = 4326;
        return g;
    }
}
