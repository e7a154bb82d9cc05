using Plateforme.Crawler.Fetching.Decoding;

namespace Plateforme.Crawler.Tests.Fetching;

public sealed class BodyReaderTests
{
    [Fact]
    public async Task An_endless_body_is_abandoned_just_after_the_cap()
    {
        await using var endless = new EndlessStream();

        var (bytes, tooLarge) = await BodyReader.ReadAsync(endless, maxBytes: 1_000_000, CancellationToken.None);

        Assert.True(tooLarge);
        Assert.Equal(1_000_000, bytes.Length);
        Assert.InRange(endless.BytesServed, 1_000_000, 1_000_000 + (64 * 1024));
    }

    [Fact]
    public async Task A_body_exactly_at_the_cap_is_kept()
    {
        await using var body = new MemoryStream(new byte[4096]);

        var (bytes, tooLarge) = await BodyReader.ReadAsync(body, maxBytes: 4096, CancellationToken.None);

        Assert.False(tooLarge);
        Assert.Equal(4096, bytes.Length);
    }

    private sealed class EndlessStream : Stream
    {
        public long BytesServed { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesServed; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            BytesServed += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
