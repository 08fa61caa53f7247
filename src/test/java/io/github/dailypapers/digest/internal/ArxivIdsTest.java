package io.github.dailypapers.digest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which URLs carry a new-style arXiv id, and which part of them it is. */
class ArxivIdsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", value = {
        "https://arxiv.org/abs/2503.01234, 2503.01234",
        "https://arxiv.org/abs/2503.0123, 2503.0123",
        "https://arxiv.org/abs/2503.01234v12, 2503.01234v12",
        "https://arxiv.org/pdf/2503.01234.pdf, 2503.01234",
        "https://arxiv.org/pdf/2503.01234v2, 2503.01234v2",
        "https://huggingface.co/papers/2503.01234, 2503.01234",
        "/papers/2311.01234, 2311.01234",
        "abs/2503.01234, 2503.01234",
        "https://arxiv.org/abs/2503.01234/, 2503.01234",
        "https://arxiv.org/abs/2503.01234//, 2503.01234",
        "https://arxiv.org/abs/2503.01234?context=cs, 2503.01234",
        "https://arxiv.org/abs/2503.01234#section, 2503.01234",
        "https://arxiv.org/abs/2503.012, none",
        "https://arxiv.org/abs/2503.012345, none",
        "https://arxiv.org/abs/250.01234, none",
        "https://arxiv.org/abs/25031.01234, none",
        "https://arxiv.org/abs/2503-01234, none",
        "https://arxiv.org/abs/2503., none",
        "https://arxiv.org/abs/2503, none",
        "https://arxiv.org/abs/2503.01234v, none",
        "https://arxiv.org/abs/2503.01234va, none",
        "https://arxiv.org/abs/2503.01234v1a, none",
        "https://arxiv.org/abs/2503.01234x, none",
        "https://arxiv.org/abs/x2503.01234, none",
        "https://arxiv.org/list/2503.01234, none",
        "https://arxiv.org/xabs/2503.01234, none",
        "https://arxiv.org/absx/2503.01234, none",
        "https://example.org/2503.01234, none",
        "2503.01234, none",
        "/2503.01234, none",
        "https://arxiv.org/abs/.pdf, none",
        "https://arxiv.org/abs/pdf, none",
        "'', none",
        "/, none",
        "?abs/2503.01234, none",
    })
    void fromUrl(String url, String id) {
        assertEquals(Optional.ofNullable(id), ArxivIds.fromUrl(url));
    }
}
