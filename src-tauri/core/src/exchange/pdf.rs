//! A very small page-layout layer over pdf-writer: A4 pages, the standard Helvetica fonts
//! (nothing embedded, so the binary and the files stay small), WinAnsi text, lines,
//! rectangles and a cursor that starts a new page when the current one is full.

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

pub const PAGE_W: f32 = 595.0;
pub const PAGE_H: f32 = 842.0;
pub const MARGIN: f32 = 50.0;
const FOOTER_Y: f32 = 30.0;

/// Helvetica advance widths (1/1000 em) for ASCII 32..=126, from the standard AFM metrics.
const HELVETICA: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

#[derive(Clone, Copy, PartialEq)]
pub enum Font {
    Regular,
    Bold,
}

impl Font {
    fn name(self) -> Name<'static> {
        match self {
            Font::Regular => Name(b"F1"),
            Font::Bold => Name(b"F2"),
        }
    }
}

/// Converts text to WinAnsi bytes; characters outside it become '?'.
pub fn win_ansi(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            ' '..='~' => c as u8,
            '\u{a0}'..='\u{ff}' => c as u32 as u8,
            '\u{2013}' => 0x96,
            '\u{2014}' => 0x97,
            '\u{2022}' => 0x95,
            '\u{2018}' => 0x91,
            '\u{2019}' => 0x92,
            '\u{201c}' => 0x93,
            '\u{201d}' => 0x94,
            '\u{2026}' => 0x85,
            '\u{2264}' | '\u{2265}' => b'?',
            _ => b'?',
        })
        .collect()
}

/// Width of `text` in points at `size`.
pub fn text_width(text: &str, size: f32, font: Font) -> f32 {
    let units: u32 = text
        .chars()
        .map(|c| match c {
            ' '..='~' => u32::from(HELVETICA[(c as usize) - 32]),
            _ => 556,
        })
        .sum();
    let bold = if font == Font::Bold { 1.06 } else { 1.0 };
    units as f32 * size / 1000.0 * bold
}

/// Splits `text` into lines no wider than `width` points.
pub fn wrap(text: &str, size: f32, font: Font, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if text_width(&candidate, size, font) > width && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
            line = word.to_string();
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

pub struct Doc {
    pages: Vec<Content>,
    /// Baseline of the next line on the current page.
    pub y: f32,
    title: String,
    footer: String,
}

impl Doc {
    pub fn new(title: &str, footer: &str) -> Doc {
        let mut doc = Doc {
            pages: Vec::new(),
            y: 0.0,
            title: title.to_string(),
            footer: footer.to_string(),
        };
        doc.new_page();
        doc
    }

    pub fn new_page(&mut self) {
        self.pages.push(Content::new());
        self.y = PAGE_H - MARGIN;
    }

    fn page(&mut self) -> &mut Content {
        self.pages.last_mut().expect("a document always has a page")
    }

    /// Makes sure `height` points fit below the cursor, else starts a new page.
    pub fn need(&mut self, height: f32) {
        if self.y - height < MARGIN + 10.0 {
            self.new_page();
        }
    }

    pub fn text(&mut self, x: f32, y: f32, size: f32, font: Font, text: &str) {
        let bytes = win_ansi(text);
        let page = self.page();
        page.begin_text();
        page.set_font(font.name(), size);
        page.next_line(x, y);
        page.show(Str(&bytes));
        page.end_text();
    }

    pub fn text_right(&mut self, right: f32, y: f32, size: f32, font: Font, text: &str) {
        let w = text_width(text, size, font);
        self.text(right - w, y, size, font, text);
    }

    /// Writes a paragraph at the cursor, wrapped to `width`, and moves the cursor down.
    pub fn paragraph(&mut self, x: f32, width: f32, size: f32, font: Font, text: &str) {
        for line in wrap(text, size, font, width) {
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
        self.gray(0.75);
        self.line(MARGIN, y - 4.0, PAGE_W - MARGIN, y - 4.0, 0.6);
        self.gray(0.0);
        self.y -= 20.0;
    }

    pub fn gray(&mut self, level: f32) {
        let page = self.page();
        page.set_stroke_gray(level);
        page.set_fill_gray(level);
    }

    pub fn rgb(&mut self, r: f32, g: f32, b: f32) {
        let page = self.page();
        page.set_stroke_rgb(r, g, b);
        page.set_fill_rgb(r, g, b);
    }

    pub fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width: f32) {
        let page = self.page();
        page.set_line_width(width);
        page.move_to(x1, y1);
        page.line_to(x2, y2);
        page.stroke();
    }

    pub fn polyline(&mut self, points: &[(f32, f32)], width: f32) {
        if points.len() < 2 {
            return;
        }
        let page = self.page();
        page.set_line_width(width);
        page.move_to(points[0].0, points[0].1);
        for p in &points[1..] {
            page.line_to(p.0, p.1);
        }
        page.stroke();
    }

    pub fn fill_rect(&mut self, x: f32, y: f32, w: f32, h: f32) {
        let page = self.page();
        page.rect(x, y, w, h);
        page.fill_nonzero();
    }

    /// Finishes the document: fonts, page tree, footers with page numbers, metadata.
    pub fn finish(mut self) -> Vec<u8> {
        let total = self.pages.len();
        let footer = self.footer.clone();
        for i in 0..total {
            let label = format!("{footer}  \u{2022}  page {} of {total}", i + 1);
            let content = &mut self.pages[i];
            let bytes = win_ansi(&label);
            content.set_fill_gray(0.4);
            content.begin_text();
            content.set_font(Font::Regular.name(), 8.0);
            content.next_line(MARGIN, FOOTER_Y);
            content.show(Str(&bytes));
            content.end_text();
        }
        let mut pdf = Pdf::new();
        let catalog = Ref::new(1);
        let tree = Ref::new(2);
        let regular = Ref::new(3);
        let bold = Ref::new(4);
        let info = Ref::new(5);
        let first_page = 10;
        let page_ids: Vec<Ref> = (0..total)
            .map(|i| Ref::new(first_page + 2 * i as i32))
            .collect();
        pdf.catalog(catalog).pages(tree);
        pdf.pages(tree)
            .kids(page_ids.iter().copied())
            .count(total as i32);
        pdf.type1_font(regular)
            .base_font(Name(b"Helvetica"))
            .encoding_predefined(Name(b"WinAnsiEncoding"));
        pdf.type1_font(bold)
            .base_font(Name(b"Helvetica-Bold"))
            .encoding_predefined(Name(b"WinAnsiEncoding"));
        for (i, content) in self.pages.into_iter().enumerate() {
            let page_id = page_ids[i];
            let content_id = Ref::new(page_id.get() + 1);
            let mut page = pdf.page(page_id);
            page.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H));
            page.parent(tree);
            page.contents(content_id);
            let mut resources = page.resources();
            resources
                .fonts()
                .pair(Font::Regular.name(), regular)
                .pair(Font::Bold.name(), bold);
            resources.finish();
            page.finish();
            pdf.stream(content_id, &content.finish());
        }
        pdf.document_info(info)
            .title(TextStr(&self.title))
            .producer(TextStr("Backstory"));
        pdf.finish()
    }
}
