package org.corroborate.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GalleryCaptionsTest {

  @Test
  void a_counter_before_its_caption_ends_a_line_of_its_own() {
    String text = "Image 3 of 12 A man was shot outside a bar in Orlen.";

    String masked = GalleryCaptions.mask(text);

    assertThat(masked).isEqualTo("Image 3 of 12\nA man was shot outside a bar in Orlen.");
    assertThat(masked).hasSameSizeAs(text);
  }

  @Test
  void other_counts_of_images_are_left_alone() {
    String text = "Police released image 3 of 12 taken by the camera. Image 2 of 5 shows the car.";

    assertThat(GalleryCaptions.mask(text)).isEqualTo(text);
  }
}
