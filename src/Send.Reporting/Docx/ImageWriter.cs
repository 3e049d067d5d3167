using System;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using SVG = DocumentFormat.OpenXml.Office2019.Drawing.SVG;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Send.Reporting.Docx;

/// <summary>
/// <c>![alt text](file.png)</c>: a PNG or JPEG from the template's folder, embedded in the document as an inline
/// picture as wide as the text (or <c>{width=50%}</c> of it), keeping its proportions, with the alt text as its
/// description. An SVG (<c>chart.svg</c>) is embedded with the PNG of the same name beside it as the fallback that
/// older Word versions and other readers show.
/// </summary>
/// <remarks>
/// Every mistake is a located problem, never literal text: missing alt text (required for accessibility), a web
/// address, a path outside the template folder or through a symbolic link, a missing file, a file that is not a PNG
/// or JPEG, an SVG without its PNG, a file over <see cref="MaxBytes"/>, or a render given no template folder.
/// </remarks>
internal static class ImageWriter
{
    /// <summary>The largest image file accepted: 20 MB.</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    private const string ImageRelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
    private const long EmuPerTwip = 635;
    private const string SvgExtensionUri = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";

    public static void Write(DocxRenderer renderer, OpenXmlCompositeElement target, LinkInline image)
    {
        var line = image.Line + 1;
        var alt = BlockRoles.PlainText(image).Trim();
        var url = (image.GetDynamicUrl?.Invoke() ?? image.Url ?? string.Empty).Trim();
        if (alt.Length == 0)
        {
            renderer.Problem(line, $"image '{url}' has no alt text; write ![what the image shows]({url}) (alt text is required so that screen-reader users get the content)");
            return;
        }

        if (!TryRead(renderer, line, url, out var bytes, out var extension, out var svg))
        {
            return;
        }

        if (!TryMeasure(bytes, extension, out var pixelWidth, out var pixelHeight))
        {
            renderer.Problem(line, $"image '{url}' is not a readable {extension.ToUpperInvariant()} file; expected a PNG or JPEG image");
            return;
        }

        var percent = WidthPercent(renderer, line, image);
        // As wide as the body text, which is indented like the tables (TableRenderer), or a percentage of that.
        var width = (renderer.TextWidth - 851) * EmuPerTwip * percent / 100;
        var height = width * pixelHeight / pixelWidth;
        var contentType = extension == "png" ? "image/png" : "image/jpeg";
        var partName = renderer.Package.NewPartName("word/media", "image", extension);
        renderer.Package.SetPart(partName, contentType, bytes);
        var relationshipId = renderer.NextRelationshipId("Image");
        renderer.Package.AddRelationship(renderer.CurrentPartName, relationshipId, ImageRelationshipType, partName);

        var blip = new A.Blip { Embed = relationshipId };
        if (svg is not null)
        {
            var svgPart = renderer.Package.NewPartName("word/media", "image", "svg");
            renderer.Package.SetPart(svgPart, "image/svg+xml", svg);
            var svgId = renderer.NextRelationshipId("Image");
            renderer.Package.AddRelationship(renderer.CurrentPartName, svgId, ImageRelationshipType, svgPart);
            blip.Append(new A.BlipExtensionList(new A.BlipExtension(new SVG.SVGBlip { Embed = svgId }) { Uri = SvgExtensionUri }));
        }

        var drawingId = renderer.NextDrawingId();
        var name = "Picture " + drawingId.ToString(CultureInfo.InvariantCulture);
        var docProperties = new DW.DocProperties { Id = drawingId, Name = name, Description = alt };
        if (!string.IsNullOrWhiteSpace(image.Title))
        {
            docProperties.Title = image.Title;
        }

        var drawing = new W.Drawing(new DW.Inline(
            new DW.Extent { Cx = width, Cy = height },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            docProperties,
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0U, Name = name, Description = alt },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(blip, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = width, Cy = height }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        });
        target.Append(new W.Run(drawing));
    }

    private static long WidthPercent(DocxRenderer renderer, int line, LinkInline image)
    {
        var width = image.TryGetAttributes()?.Properties?.FirstOrDefault(p => p.Key == "width").Value;
        if (width is null)
        {
            return 100;
        }

        if (width.EndsWith('%') && int.TryParse(width.AsSpan(0, width.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var percent) && percent is > 0 and <= 100)
        {
            return percent;
        }

        renderer.Problem(line, $"image width '{width}' is not a percentage of the text width; expected {{width=50%}} (1% to 100%)");
        return 100;
    }

    private static bool TryRead(DocxRenderer renderer, int line, string url, out byte[] bytes, out string extension, out byte[]? svg)
    {
        bytes = Array.Empty<byte>();
        svg = null;
        extension = Path.GetExtension(url).TrimStart('.').ToLowerInvariant();
        if (url.Length == 0 || url.Contains("://", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            renderer.Problem(line, $"image '{url}' is not a file; expected a PNG, JPEG or SVG file in the template folder, e.g. ![alt](images/map.png)");
            return false;
        }

        if (extension is not ("png" or "jpg" or "jpeg" or "svg"))
        {
            renderer.Problem(line, $"image '{url}' is not a PNG, JPEG or SVG file; expected a .png, .jpg, .jpeg or .svg file");
            return false;
        }

        if (renderer.ResourceFolder is not string folder)
        {
            renderer.Problem(line, $"image '{url}': this render has no template folder to read images from; render a template file, or pass a resource folder to MarkdownToDocx");
            return false;
        }

        if (extension == "svg")
        {
            if (!TryReadFile(renderer, line, folder, url, out var svgBytes))
            {
                return false;
            }

            var fallback = Path.ChangeExtension(url, ".png");
            if (!File.Exists(Path.Combine(folder, fallback)))
            {
                renderer.Problem(line, $"SVG image '{url}' needs a PNG fallback '{fallback}' beside it (shown by readers that cannot draw SVG)");
                return false;
            }

            svg = svgBytes;
            extension = "png";
            return TryReadFile(renderer, line, folder, fallback, out bytes);
        }

        extension = extension == "jpeg" ? "jpg" : extension;
        return TryReadFile(renderer, line, folder, url, out bytes);
    }

    private static bool TryReadFile(DocxRenderer renderer, int line, string folder, string relative, out byte[] bytes)
    {
        bytes = Array.Empty<byte>();
        var root = Path.GetFullPath(folder);
        var path = Path.GetFullPath(Path.Combine(root, Uri.UnescapeDataString(relative)));
        var rootWithSlash = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (Path.IsPathRooted(relative) || !path.StartsWith(rootWithSlash, StringComparison.Ordinal))
        {
            renderer.Problem(line, $"image '{relative}' is outside the template folder; expected a path inside it, e.g. images/map.png");
            return false;
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            renderer.Problem(line, $"image '{relative}' does not exist in the template folder '{folder}'");
            return false;
        }

        for (var part = file as FileSystemInfo; part is not null && part.FullName.Length >= rootWithSlash.Length; part = (part as FileInfo)?.Directory ?? (part as DirectoryInfo)?.Parent)
        {
            if (part.LinkTarget is not null)
            {
                renderer.Problem(line, $"image '{relative}' is reached through a symbolic link; expected a regular file in the template folder");
                return false;
            }
        }

        if ((file.Attributes & (FileAttributes.Device | FileAttributes.Directory)) != 0 || file.Length > MaxBytes)
        {
            renderer.Problem(line, $"image '{relative}' is {(file.Length > MaxBytes ? $"{file.Length / (1024 * 1024)} MB; expected at most {MaxBytes / (1024 * 1024)} MB" : "not a regular file")}");
            return false;
        }

        bytes = File.ReadAllBytes(path);
        return true;
    }

    /// <summary>Reads a PNG's or JPEG's size in pixels from its header.</summary>
    internal static bool TryMeasure(byte[] bytes, string extension, out long width, out long height)
    {
        width = height = 0;
        if (extension == "png")
        {
            ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
            if (bytes.Length < 24 || !bytes.AsSpan(0, 8).SequenceEqual(signature))
            {
                return false;
            }

            width = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(16));
            height = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(20));
            return width > 0 && height > 0;
        }

        if (bytes.Length < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8)
        {
            return false;
        }

        var i = 2;
        while (i + 9 < bytes.Length)
        {
            if (bytes[i] != 0xFF)
            {
                return false;
            }

            var marker = bytes[i + 1];
            var length = (bytes[i + 2] << 8) | bytes[i + 3];
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                height = (bytes[i + 5] << 8) | bytes[i + 6];
                width = (bytes[i + 7] << 8) | bytes[i + 8];
                return width > 0 && height > 0;
            }

            i += 2 + length;
        }

        return false;
    }
}
