//! A small page-layout layer over pdf-writer: A4 pages, text in embedded font subsets,
//! lines, rectangles and a cursor that starts a new page when the current one is full.
//!
//! Text in any script the fonts cover: each character takes the first font of its style's
//! chain that has it (Noto Sans for Latin, Greek and Cyrillic, then the fallbacks: Noto Sans
//! Arabic, a CJK font when one was found), bidi runs are put in visual order (unicode-bidi),
//! and Arabic letters take their joined forms (arabic.rs). Glyphs are placed by their own
//! advances (no kerning). Only the glyphs used are embedded (subsetter), as CID fonts with a
//! ToUnicode map so the text can be searched and copied. The font files are passed in (the app ships them as files, the
//! binary stays small); nothing here reads the system.

use crate::error::{CoreError, CoreResult};
use crate::i18n::{self, args, tr, tr_with, Locale};
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use std::collections::BTreeMap;
use std::path::Path;
use subsetter::GlyphRemapper;
use ttf_parser::{Face, GlyphId};
use unicode_bidi::ParagraphBidiInfo;

pub const PAGE_W: f32 = 595.0;
pub const PAGE_H: f32 = 842.0;
pub const MARGIN: f32 = 50.0;
const FOOTER_Y: f32 = 30.0;

/// One font file (a .ttf, or a face of a .ttc collection).
#[derive(Debug, Clone)]
pub struct FontFile {
    pub data: Vec<u8>,
    /// The face's index in a collection (0 for a single font).
    pub index: u32,
}

impl FontFile {
    pub fn read(path: &Path, index: u32) -> CoreResult<FontFile> {
        let data = std::fs::read(path).map_err(|e| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            CoreError::validation(
                "fonts",
                tr_with(
                    "error-font-unreadable",
                    &args([
                        ("name", name.to_string().into()),
                        ("detail", e.to_string().into()),
                    ]),
                ),
            )
        })?;
        let file = FontFile { data, index };
        if Face::parse(&file.data, index).is_err() {
            return Err(CoreError::validation(
                "fonts",
                tr_with(
                    "error-font-unusable",
                    &args([(
                        "name",
                        path.file_name()
                            .unwrap_or_default()
                            .to_string_lossy()
                            .to_string()
                            .into(),
                    )]),
                ),
            ));
        }
        Ok(file)
    }
}

/// The fonts a report is drawn with: a regular and a bold face for most text, and the
/// fallbacks tried in order for characters those two do not have.
#[derive(Debug, Clone)]
pub struct ReportFonts {
    pub regular: FontFile,
    pub bold: FontFile,
    pub fallbacks: Vec<FontFile>,
}

impl ReportFonts {
    /// The files the app ships in its fonts folder (assets/fonts in the source tree).
    pub const REGULAR: &'static str = "NotoSans-Regular.ttf";
    pub const BOLD: &'static str = "NotoSans-Bold.ttf";
    pub const ARABIC: &'static str = "NotoSansArabic-Regular.ttf";

    /// Reads the shipped fonts from `dir`, then `extra` fallbacks (path and face index), in
    /// order. A missing or unreadable shipped font is an error naming the file.
    pub fn from_dir(dir: &Path, extra: &[(&Path, u32)]) -> CoreResult<ReportFonts> {
        let mut fallbacks = vec![FontFile::read(&dir.join(Self::ARABIC), 0)?];
        for (path, index) in extra {
            fallbacks.push(FontFile::read(path, *index)?);
        }
        Ok(ReportFonts {
            regular: FontFile::read(&dir.join(Self::REGULAR), 0)?,
            bold: FontFile::read(&dir.join(Self::BOLD), 0)?,
            fallbacks,
        })
    }
}

#[derive(Clone, Copy, PartialEq)]
pub enum Font {
    Regular,
    Bold,
}

/// A face in use: its parsed tables and the glyphs this document has drawn with it.
struct FaceSlot<'f> {
    face: Face<'f>,
    file: &'f FontFile,
    /// Old glyph id -> id in the subset (consecutive, in order of first use).
    glyphs: GlyphRemapper,
    /// Subset glyph id -> the text it stands for (ToUnicode) and its advance (1/1000 em).
    unicode: BTreeMap<u16, String>,
    widths: BTreeMap<u16, f32>,
}

impl FaceSlot<'_> {
    fn units_per_em(&self) -> f32 {
        f32::from(self.face.units_per_em())
    }

    fn has(&self, c: char) -> bool {
        self.face.glyph_index(c).is_some()
    }

    fn resource_name(index: usize) -> String {
        format!("F{index}")
    }
}

/// One glyph of shaped text: its id in the face, advance (font units) and the text it
/// came from (empty for the second and later glyphs of a cluster).
struct Glyph {
    id: u16,
    advance: i32,
    text: String,
}

/// A stretch of text in one face, shaped, glyphs in visual order.
struct Segment {
    face: usize,
    glyphs: Vec<Glyph>,
}

pub struct Doc<'f> {
    pages: Vec<Content>,
    /// The page being drawn on (the last, except while footers are added).
    current: usize,
    /// Baseline of the next line on the current page.
    pub y: f32,
    /// Lowest baseline on the current page (above the footer, or above a box kept at the
    /// bottom of the page).
    floor: f32,
    title: String,
    footer: String,
    /// The language of the page footers.
    locale: Locale,
    faces: Vec<FaceSlot<'f>>,
}

/// Whether a character belongs to no script (spaces, digits, punctuation): it stays in the
/// face of the text around it.
fn is_neutral(c: char) -> bool {
    c.is_whitespace() || c.is_ascii_punctuation() || c.is_ascii_digit()
}

impl<'f> Doc<'f> {
    pub fn new(
        title: &str,
        footer: &str,
        locale: Locale,
        fonts: &'f ReportFonts,
    ) -> CoreResult<Doc<'f>> {
        let files = [&fonts.regular, &fonts.bold]
            .into_iter()
            .chain(fonts.fallbacks.iter());
        let mut faces = Vec::new();
        for file in files {
            let face = Face::parse(&file.data, file.index)
                .map_err(|_| CoreError::validation("fonts", tr("error-report-font-unreadable")))?;
            faces.push(FaceSlot {
                face,
                file,
                glyphs: GlyphRemapper::new(),
                unicode: BTreeMap::new(),
                widths: BTreeMap::new(),
            });
        }
        let mut doc = Doc {
            pages: Vec::new(),
            current: 0,
            y: 0.0,
            floor: MARGIN + 10.0,
            title: title.to_string(),
            footer: footer.to_string(),
            locale,
            faces,
        };
        doc.new_page();
        Ok(doc)
    }

    pub fn new_page(&mut self) {
        self.pages.push(Content::new());
        self.current = self.pages.len() - 1;
        self.y = PAGE_H - MARGIN;
        self.floor = MARGIN + 10.0;
    }

    /// Keeps the current page below `y` for something drawn there: text flows to the next
    /// page before reaching it.
    pub fn keep_below(&mut self, y: f32) {
        self.floor = self.floor.max(y);
    }

    /// Makes sure `height` points fit below the cursor, else starts a new page.
    pub fn need(&mut self, height: f32) {
        if self.y - height < self.floor {
            self.new_page();
        }
    }

    /// The faces tried for `font`, in order.
    fn chain(&self, font: Font) -> Vec<usize> {
        let first = match font {
            Font::Regular => 0,
            Font::Bold => 1,
        };
        std::iter::once(first).chain(2..self.faces.len()).collect()
    }

    /// Shapes one line of text into segments in visual order.
    fn shape(&self, text: &str, font: Font) -> Vec<Segment> {
        if text.is_empty() {
            return Vec::new();
        }
        let chain = self.chain(font);
        let bidi = ParagraphBidiInfo::new(text, None);
        let (levels, runs) = bidi.visual_runs(0..text.len());
        let mut segments = Vec::new();
        for run in runs {
            let rtl = levels[run.start].is_rtl();
            // Split the run where the face changes.
            let mut pieces: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
            for (offset, c) in text[run.clone()].char_indices() {
                let at = run.start + offset;
                let current = pieces.last().map(|(face, _)| *face);
                let face = match current {
                    Some(face) if is_neutral(c) && self.faces[face].has(c) => face,
                    _ => chain
                        .iter()
                        .copied()
                        .find(|&i| self.faces[i].has(c))
                        .unwrap_or(chain[0]),
                };
                match pieces.last_mut() {
                    Some((f, range)) if *f == face => range.end = at + c.len_utf8(),
                    _ => pieces.push((face, at..at + c.len_utf8())),
                }
            }
            if rtl {
                pieces.reverse();
            }
            for (face, range) in pieces {
                segments.push(self.shape_piece(face, &text[range], rtl));
            }
        }
        segments
    }

    fn shape_piece(&self, face: usize, text: &str, rtl: bool) -> Segment {
        let font = &self.faces[face].face;
        let chars: Vec<(char, String)> = if super::arabic::has_arabic(text) {
            super::arabic::join(text)
        } else {
            text.chars().map(|c| (c, c.to_string())).collect()
        };
        let mut glyphs: Vec<Glyph> = chars
            .into_iter()
            .map(|(c, source)| {
                // A joined form the font lacks falls back to the plain letter.
                let id = font
                    .glyph_index(c)
                    .or_else(|| source.chars().next().and_then(|s| font.glyph_index(s)))
                    .unwrap_or(GlyphId(0));
                Glyph {
                    id: id.0,
                    advance: font.glyph_hor_advance(id).map_or(0, i32::from),
                    text: source,
                }
            })
            .collect();
        if rtl {
            glyphs.reverse();
        }
        Segment { face, glyphs }
    }

    /// Width of `text` in points at `size`.
    pub fn width(&self, text: &str, size: f32, font: Font) -> f32 {
        self.shape(text, font)
            .iter()
            .map(|s| {
                let units: i32 = s.glyphs.iter().map(|g| g.advance).sum();
                units as f32 * size / self.faces[s.face].units_per_em()
            })
            .sum()
    }

    /// Splits `text` into lines no wider than `width` points, at spaces; a word wider than
    /// the line (CJK text has no spaces) is cut between characters.
    pub fn wrap(&self, text: &str, size: f32, font: Font, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.lines() {
            let mut line = String::new();
            let mut words: Vec<String> = Vec::new();
            for word in paragraph.split_whitespace() {
                if self.width(word, size, font) <= width {
                    words.push(word.to_string());
                    continue;
                }
                let mut piece = String::new();
                for c in word.chars() {
                    piece.push(c);
                    if piece.chars().count() > 1 && self.width(&piece, size, font) > width {
                        piece.pop();
                        words.push(std::mem::take(&mut piece));
                        piece.push(c);
                    }
                }
                words.push(piece);
            }
            for word in words {
                let word = word.as_str();
                let candidate = if line.is_empty() {
                    word.to_string()
                } else {
                    format!("{line} {word}")
                };
                if !line.is_empty() && self.width(&candidate, size, font) > width {
                    lines.push(std::mem::take(&mut line));
                    line = word.to_string();
                } else {
                    line = candidate;
                }
            }
            if !line.is_empty() {
                lines.push(line);
            }
        }
        lines
    }

    pub fn text(&mut self, x: f32, y: f32, size: f32, font: Font, text: &str) {
        let segments = self.shape(text, font);
        let content = &mut self.pages[self.current];
        content.begin_text();
        content.next_line(x, y);
        for segment in segments {
            let slot = &mut self.faces[segment.face];
            let upem = slot.units_per_em();
            let name = FaceSlot::resource_name(segment.face);
            content.set_font(Name(name.as_bytes()), size);
            let mut shown = content.show_positioned();
            let mut items = shown.items();
            let mut pending: Vec<u8> = Vec::new();
            for glyph in segment.glyphs {
                let new_id = slot.glyphs.remap(glyph.id);
                let natural = slot
                    .face
                    .glyph_hor_advance(GlyphId(glyph.id))
                    .map(i32::from)
                    .unwrap_or(glyph.advance);
                slot.widths
                    .entry(new_id)
                    .or_insert(natural as f32 * 1000.0 / upem);
                if !glyph.text.is_empty() {
                    slot.unicode.entry(new_id).or_insert(glyph.text);
                }
                pending.extend_from_slice(&new_id.to_be_bytes());
                // Kerning and shaping move a glyph from where its own width puts it.
                if glyph.advance != natural {
                    items.show(Str(&pending));
                    pending.clear();
                    items.adjust(-((glyph.advance - natural) as f32) * 1000.0 / upem);
                }
            }
            if !pending.is_empty() {
                items.show(Str(&pending));
            }
            items.finish();
            shown.finish();
        }
        content.end_text();
    }

    pub fn text_right(&mut self, right: f32, y: f32, size: f32, font: Font, text: &str) {
        let w = self.width(text, size, font);
        self.text(right - w, y, size, font, text);
    }

    /// Writes a paragraph at the cursor, wrapped to `width`, and moves the cursor down.
    pub fn paragraph(&mut self, x: f32, width: f32, size: f32, font: Font, text: &str) {
        for line in self.wrap(text, size, font, width) {
            self.need(size * 1.35);
            let y = self.y;
            self.text(x, y, size, font, &line);
            self.y -= size * 1.35;
        }
    }

    pub fn heading(&mut self, text: &str) {
        self.need(40.0);
        self.y -= 8.0;
        let y = self.y;
        self.text(MARGIN, y, 13.0, Font::Bold, text);
        let mut rule = self.draw();
        rule.gray(0.75);
        rule.line(MARGIN, y - 4.0, PAGE_W - MARGIN, y - 4.0, 0.6);
        rule.gray(0.0);
        self.y -= 20.0;
    }

    /// Lines, shapes and colours on the current page.
    pub fn draw(&mut self) -> Shapes<'_> {
        Shapes(&mut self.pages[self.current])
    }

    /// Finishes the document: footers with page numbers, font subsets, page tree, metadata.
    pub fn finish(mut self) -> CoreResult<Vec<u8>> {
        let total = self.pages.len();
        let footer = self.footer.clone();
        for i in 0..total {
            let label = i18n::tr_in(
                self.locale,
                "report-page-footer",
                Some(&args([
                    ("footer", footer.clone().into()),
                    ("page", (i + 1).into()),
                    ("total", total.into()),
                ])),
            );
            self.current = i;
            self.draw().gray(0.4);
            self.text(MARGIN, FOOTER_Y, 8.0, Font::Regular, &label);
        }
        let mut pdf = Pdf::new();
        let mut next = 1;
        let mut alloc = || {
            let r = Ref::new(next);
            next += 1;
            r
        };
        let catalog = alloc();
        let tree = alloc();
        let info = alloc();
        let mut font_refs: Vec<(String, Ref)> = Vec::new();
        for (index, slot) in self.faces.iter().enumerate() {
            if slot.widths.is_empty() {
                continue;
            }
            let type0 = alloc();
            let cid = alloc();
            let descriptor = alloc();
            let file = alloc();
            let cmap = alloc();
            write_face(&mut pdf, slot, [type0, cid, descriptor, file, cmap])?;
            font_refs.push((FaceSlot::resource_name(index), type0));
        }
        let page_ids: Vec<(Ref, Ref)> = (0..total).map(|_| (alloc(), alloc())).collect();
        pdf.catalog(catalog).pages(tree);
        pdf.pages(tree)
            .kids(page_ids.iter().map(|(page, _)| *page))
            .count(total as i32);
        for (content, (page_id, content_id)) in self.pages.into_iter().zip(&page_ids) {
            let mut page = pdf.page(*page_id);
            page.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H));
            page.parent(tree);
            page.contents(*content_id);
            let mut resources = page.resources();
            let mut fonts = resources.fonts();
            for (name, r) in &font_refs {
                fonts.pair(Name(name.as_bytes()), *r);
            }
            fonts.finish();
            resources.finish();
            page.finish();
            pdf.stream(*content_id, &content.finish());
        }
        pdf.document_info(info)
            .title(TextStr(&self.title))
            .producer(TextStr("Backstory"));
        Ok(pdf.finish())
    }
}

/// Drawing on one page: colours (stroke and fill together), lines, paths and rectangles.
pub struct Shapes<'p>(&'p mut Content);

impl Shapes<'_> {
    pub fn gray(&mut self, level: f32) {
        let page = &mut *self.0;
        page.set_stroke_gray(level);
        page.set_fill_gray(level);
    }

    pub fn rgb(&mut self, r: f32, g: f32, b: f32) {
        let page = &mut *self.0;
        page.set_stroke_rgb(r, g, b);
        page.set_fill_rgb(r, g, b);
    }

    pub fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width: f32) {
        let page = &mut *self.0;
        page.set_line_width(width);
        page.move_to(x1, y1);
        page.line_to(x2, y2);
        page.stroke();
    }

    pub fn polyline(&mut self, points: &[(f32, f32)], width: f32) {
        if points.len() < 2 {
            return;
        }
        let page = &mut *self.0;
        page.set_line_width(width);
        page.move_to(points[0].0, points[0].1);
        for p in &points[1..] {
            page.line_to(p.0, p.1);
        }
        page.stroke();
    }

    /// A small filled circle (a data point), drawn as four Bézier arcs.
    pub fn dot(&mut self, x: f32, y: f32, r: f32) {
        const K: f32 = 0.5523;
        let page = &mut *self.0;
        page.move_to(x + r, y);
        page.cubic_to(x + r, y + K * r, x + K * r, y + r, x, y + r);
        page.cubic_to(x - K * r, y + r, x - r, y + K * r, x - r, y);
        page.cubic_to(x - r, y - K * r, x - K * r, y - r, x, y - r);
        page.cubic_to(x + K * r, y - r, x + r, y - K * r, x + r, y);
        page.fill_nonzero();
    }

    /// A closed shape, filled with the fill colour and outlined in `stroke` gray.
    pub fn polygon(&mut self, points: &[(f32, f32)], stroke: f32, width: f32) {
        if points.len() < 3 {
            return;
        }
        let page = &mut *self.0;
        page.save_state();
        page.set_stroke_gray(stroke);
        page.set_line_width(width);
        page.move_to(points[0].0, points[0].1);
        for p in &points[1..] {
            page.line_to(p.0, p.1);
        }
        page.close_fill_nonzero_and_stroke();
        page.restore_state();
    }

    pub fn fill_rect(&mut self, x: f32, y: f32, w: f32, h: f32) {
        let page = &mut *self.0;
        page.rect(x, y, w, h);
        page.fill_nonzero();
    }

    pub fn stroke_rect(&mut self, x: f32, y: f32, w: f32, h: f32, width: f32) {
        let page = &mut *self.0;
        page.set_line_width(width);
        page.rect(x, y, w, h);
        page.stroke();
    }
}

/// Writes one face's subset as a Type0 font over a CID font, with its descriptor, the
/// subset file and the ToUnicode map.
fn write_face(
    pdf: &mut Pdf,
    slot: &FaceSlot,
    [type0, cid, descriptor, file, cmap]: [Ref; 5],
) -> CoreResult<()> {
    let subset =
        subsetter::subset(&slot.file.data, slot.file.index, &slot.glyphs).map_err(|e| {
            CoreError::validation(
                "fonts",
                tr_with(
                    "error-font-subset",
                    &args([("detail", format!("{e:?}").into())]),
                ),
            )
        })?;
    let face = &slot.face;
    let postscript = face
        .names()
        .into_iter()
        .find(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
        .and_then(|n| n.to_string())
        .unwrap_or_else(|| "Font".into());
    // A subset's name starts with six capital letters that differ between subsets.
    let tag: String = (0..6)
        .map(|i| {
            let mix = slot.widths.len() * 7 + (slot.file.data.len() >> (i * 3)) + i;
            char::from(b'A' + (mix % 26) as u8)
        })
        .collect();
    let base = format!("{tag}+{postscript}");
    let cff = face
        .raw_face()
        .table(ttf_parser::Tag::from_bytes(b"CFF "))
        .is_some();
    let system = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };
    let scale = 1000.0 / slot.units_per_em();

    pdf.type0_font(type0)
        .base_font(Name(base.as_bytes()))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid)
        .to_unicode(cmap);

    let mut cid_font = pdf.cid_font(cid);
    cid_font
        .subtype(if cff {
            CidFontType::Type0
        } else {
            CidFontType::Type2
        })
        .base_font(Name(base.as_bytes()))
        .system_info(system)
        .font_descriptor(descriptor)
        .default_width(0.0);
    if !cff {
        cid_font.cid_to_gid_map_predefined(Name(b"Identity"));
    }
    let mut widths = cid_font.widths();
    for (id, width) in &slot.widths {
        widths.consecutive(*id, [*width]);
    }
    widths.finish();
    cid_font.finish();

    let bbox = face.global_bounding_box();
    let mut desc = pdf.font_descriptor(descriptor);
    desc.name(Name(base.as_bytes()))
        .flags(FontFlags::SYMBOLIC)
        .bbox(Rect::new(
            f32::from(bbox.x_min) * scale,
            f32::from(bbox.y_min) * scale,
            f32::from(bbox.x_max) * scale,
            f32::from(bbox.y_max) * scale,
        ))
        .italic_angle(0.0)
        .ascent(f32::from(face.ascender()) * scale)
        .descent(f32::from(face.descender()) * scale)
        .cap_height(f32::from(face.capital_height().unwrap_or(face.ascender())) * scale)
        .stem_v(80.0);
    if cff {
        desc.font_file3(file);
    } else {
        desc.font_file2(file);
    }
    desc.finish();

    let mut stream = pdf.stream(file, &subset);
    if cff {
        stream.pair(Name(b"Subtype"), Name(b"OpenType"));
    } else {
        stream.pair(Name(b"Length1"), subset.len() as i32);
    }
    stream.finish();

    let mut unicode = UnicodeCmap::new(Name(b"Backstory-UCS"), system);
    for (id, text) in &slot.unicode {
        unicode.pair_with_multiple(*id, text.chars());
    }
    pdf.cmap(cmap, &unicode.finish());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> ReportFonts {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/fonts");
        ReportFonts::from_dir(&dir, &[]).expect("the shipped fonts")
    }

    #[test]
    fn each_character_takes_the_first_font_that_has_it_and_arabic_runs_right_to_left() {
        let fonts = fonts();
        let doc = Doc::new("t", "f", Locale::En, &fonts).unwrap();
        let segments = doc.shape("Note: ألم ok", Font::Regular);
        let faces: Vec<usize> = segments.iter().map(|s| s.face).collect();
        assert_eq!(
            faces,
            vec![0, 2, 0],
            "Latin, then Noto Sans Arabic, then Latin"
        );
        // The Arabic glyphs come in visual order: the word's last letter (meem) first.
        let arabic = &segments[1].glyphs;
        let texts: Vec<&str> = arabic.iter().map(|g| g.text.as_str()).collect();
        assert_eq!(texts.first(), Some(&"م"), "{texts:?}");
        assert!(doc.shape("", Font::Bold).is_empty());
        assert_eq!(doc.width("", 10.0, Font::Regular), 0.0);
    }

    #[test]
    fn a_character_no_font_has_is_drawn_as_missing_in_the_main_font() {
        let fonts = fonts();
        let doc = Doc::new("t", "f", Locale::En, &fonts).unwrap();
        // Without a CJK font, a Han character has no glyph: glyph 0 in the first face.
        let segments = doc.shape("痛", Font::Bold);
        assert_eq!(segments.len(), 1);
        assert_eq!(segments[0].face, 1, "the bold face");
        assert_eq!(segments[0].glyphs[0].id, 0, ".notdef");
    }

    #[test]
    fn wrapping_keeps_lines_within_the_width_and_keeps_line_breaks() {
        let fonts = fonts();
        let doc = Doc::new("t", "f", Locale::En, &fonts).unwrap();
        let text = "one two three four five six seven eight nine ten\nnew line";
        let lines = doc.wrap(text, 10.0, Font::Regular, 80.0);
        assert!(lines.len() > 2, "{lines:?}");
        assert_eq!(lines.last().map(String::as_str), Some("new line"));
        for line in &lines {
            assert!(doc.width(line, 10.0, Font::Regular) <= 80.0, "{line}");
        }
    }

    #[test]
    fn text_without_spaces_is_cut_between_characters() {
        let fonts = fonts();
        let doc = Doc::new("t", "f", Locale::En, &fonts).unwrap();
        let long = "腰".repeat(40) + "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz";
        let lines = doc.wrap(&long, 10.0, Font::Regular, 60.0);
        assert!(lines.len() > 3, "{lines:?}");
        assert_eq!(lines.concat(), long, "nothing lost");
        for line in &lines {
            assert!(doc.width(line, 10.0, Font::Regular) <= 60.0, "{line}");
        }
    }

    #[test]
    fn a_file_that_is_not_a_font_is_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(ReportFonts::ARABIC), b"not a font").unwrap();
        let err = ReportFonts::from_dir(dir.path(), &[]).unwrap_err();
        assert!(
            err.to_string().contains("NotoSansArabic-Regular.ttf"),
            "{err}"
        );
    }
}
