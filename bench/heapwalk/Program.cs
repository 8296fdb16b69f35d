// Where an open dashboard's memory goes, from a heap dump of the server with N dashboards open (bench/circuit-parts).
//   dotnet run -c Release -- DUMP N
// Prints (1) each component type's render-tree frame buffers: Blazor keeps two per component (this render and the
// last, to diff against), rented at powers of two, 40 bytes a frame; (2) the System.Text.Json metadata each circuit's
// JS-interop serializer keeps (its converters hold the circuit, so no two circuits share it); (3) the strings held
// once per dashboard. "Per dashboard" is the total divided by N: run it with nothing else open.
using System.Runtime.InteropServices;
using Microsoft.Diagnostics.Runtime;

if (args.Length != 2 || !int.TryParse(args[1], out var n) || n < 1) { Console.Error.WriteLine("usage: heapwalk DUMP N"); return 2; }
using var target = DataTarget.LoadDump(args[0]);
// The server ran on this machine's runtime: its DAC is beside ours.
var dac = Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "libmscordaccore.so");
using var runtime = target.ClrVersions[0].CreateRuntime(dac, ignoreMismatch: true);
var heap = runtime.Heap;

var components = new Dictionary<string, (int Count, long Frames, long Capacity, long Bytes)>();
var buffers = new HashSet<ulong>();
var typeInfos = new Dictionary<string, int>();
var strings = new Dictionary<string, (int Count, long Bytes)>();

foreach (var o in heap.EnumerateObjects())
{
    var name = o.Type?.Name;
    if (name is null) continue;
    if (name == "Microsoft.AspNetCore.Components.Server.Circuits.RemoteComponentState") Component(o);
    else if (name.StartsWith("System.Text.Json.Serialization.Metadata.JsonTypeInfo<", StringComparison.Ordinal))
        typeInfos[name] = typeInfos.GetValueOrDefault(name) + 1;
    else if (o.Type!.IsString && o.AsString(200) is { } text)
    {
        var s = strings.GetValueOrDefault(text);
        strings[text] = (s.Count + 1, s.Bytes + (long)o.Size);
    }
}

void Component(ClrObject state)
{
    var type = state.ReadObjectField("<Component>k__BackingField").Type?.Name ?? "?";
    long frames = 0, capacity = 0, bytes = 0;
    foreach (var field in new[] { "<CurrentRenderTree>k__BackingField", "_nextRenderTree" })
    {
        if (state.Type!.GetFieldByName(field) is not { } f) continue;
        var builder = f.ReadObject(state.Address, interior: false);
        var entries = builder.IsNull ? default : builder.ReadObjectField("_entries");
        if (entries.IsNull) continue;
        frames += entries.ReadField<int>("_itemsInUse");
        var items = entries.ReadObjectField("_items");
        if (items.IsNull || !buffers.Add(items.Address)) continue;
        capacity += items.AsArray().Length;
        bytes += (long)items.Size;
    }
    var c = components.GetValueOrDefault(type);
    components[type] = (c.Count + 1, c.Frames + frames, c.Capacity + capacity, c.Bytes + bytes);
}

static string Short(string type) => type.Replace("Microsoft.AspNetCore.Components.", "").Replace("MapDashboard.Web.", "");

Console.WriteLine($"render-tree frame buffers of the components, {n} dashboards open:");
Console.WriteLine("| component | per dashboard | frames per tree | buffer (frames, both trees) | KB per dashboard |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
foreach (var (type, c) in components.OrderByDescending(kv => kv.Value.Bytes).Where(kv => kv.Value.Count >= n))
    Console.WriteLine($"| {Short(type).Replace("|", "\\|")} | {c.Count / (double)n:0.#} | {c.Frames / 2.0 / c.Count:0} | {c.Capacity / (double)c.Count:0} | {c.Bytes / 1024.0 / n:0.0} |");
Console.WriteLine($"all components: {components.Values.Sum(c => c.Bytes) / 1024.0 / n:0} KB per dashboard");

// A JsonTypeInfo<T> type held once per dashboard (or once more, by the process) is one a circuit described for itself.
var perCircuit = typeInfos.Where(kv => kv.Value >= n && kv.Value % n <= 1).ToList();
Console.WriteLine();
Console.WriteLine($"JS-interop serializer: {perCircuit.Count} types described by every circuit:");
Console.WriteLine(string.Join(", ", perCircuit.Select(kv => kv.Key["System.Text.Json.Serialization.Metadata.JsonTypeInfo<".Length..^1]).Order()));

var repeated = strings.Where(kv => kv.Value.Count >= n && kv.Value.Count % n == 0).OrderByDescending(kv => kv.Value.Bytes).ToList();
Console.WriteLine();
Console.WriteLine($"strings held {n} times (once per dashboard): {repeated.Sum(kv => kv.Value.Bytes) / 1024.0 / n:0.0} KB per dashboard; the largest:");
foreach (var (text, s) in repeated.Take(8))
    Console.WriteLine($"  {s.Bytes / n,6} B  {text[..Math.Min(text.Length, 90)].ReplaceLineEndings(" ")}");

// Every frame buffer on the heap, by what holds it: the components' trees above are not all of them (a renderer also
// keeps the buffers its batches were built in, at the size of the largest batch it sent). Then the byte arrays, the
// next type by size in bench/circuits' comparison: connection buffers, serialized batches, pooled or not.
ByHolder("Microsoft.AspNetCore.Components.RenderTree.RenderTreeFrame[]", "RenderTreeFrame[]");
ByHolder("System.Byte[]", "Byte[]");

void ByHolder(string typeName, string label)
{
    var arrays = heap.EnumerateObjects().Where(o => o.Type?.Name == typeName).ToDictionary(o => o.Address, o => (long)o.Size);
    var holders = OwnersOf(arrays.Keys.ToHashSet());
    var holdersOfHolders = OwnersOf(holders.Values.Select(h => h.Address).ToHashSet());
    var byHolder = new Dictionary<string, (int Count, long Bytes)>();
    foreach (var (array, bytes) in arrays)
    {
        var key = "(unreferenced: pooled or garbage)";
        if (holders.TryGetValue(array, out var h))
            key = holdersOfHolders.TryGetValue(h.Address, out var hh) ? $"{Short(hh.Type)} → {Short(h.Type)}" : Short(h.Type);
        var b = byHolder.GetValueOrDefault(key);
        byHolder[key] = (b.Count + 1, b.Bytes + bytes);
    }
    Console.WriteLine();
    Console.WriteLine($"all {label} on the heap, by holder (holder's holder → holder): {arrays.Values.Sum() / 1024.0 / n:0} KB per dashboard");
    Console.WriteLine("| held by | arrays | KB per dashboard |");
    Console.WriteLine("| --- | ---: | ---: |");
    foreach (var (key, b) in byHolder.OrderByDescending(kv => kv.Value.Bytes).Take(10))
        Console.WriteLine($"| {key.Replace("|", "\\|")} | {b.Count} | {b.Bytes / 1024.0 / n:0.0} |");
}

Dictionary<ulong, (ulong Address, string Type)> OwnersOf(HashSet<ulong> targets)
{
    var owners = new Dictionary<ulong, (ulong, string)>();
    foreach (var o in heap.EnumerateObjects())
    {
        if (o.Type is null) continue;
        foreach (var r in o.EnumerateReferenceAddresses())
            if (targets.Contains(r)) owners.TryAdd(r, (o.Address, o.Type.Name ?? "?"));
    }
    return owners;
}

return 0;
